using Hangfire;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Reports;
using Internships.Domain.Reports;
using Internships.Infrastructure.Reports.Documents;
using Internships.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Reports;

/// <summary>
/// Produces one report: reads its data, lays it out, renders the PDF and stores it beside the report, which becomes
/// Ready. Idempotent: a report already Ready is left alone, so a retry or a second enqueue does nothing. A failure
/// marks the report Failed with the reason and is rethrown, so Hangfire retries it (and a retry that succeeds
/// makes it Ready).
/// </summary>
public sealed class GenerateReportJob(
    IAppDbContext db,
    PlacementReportSource placements,
    TermSummarySource terms,
    IClock clock,
    IOptions<DistrictOptions> district,
    ILogger<GenerateReportJob> logger)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public async Task RunAsync(int reportId, CancellationToken cancellationToken)
    {
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            logger.LogWarning("Report {ReportId} does not exist; nothing to produce", reportId);
            return;
        }

        if (!report.NeedsProducing)
        {
            return;
        }

        report.Start(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var (document, fileName) = await ComposeAsync(report, cancellationToken);
            var pdf = PdfRenderer.Render(document);
            db.ReportFiles.Add(report.Complete(pdf.Bytes, fileName, pdf.PageCount, clock.UtcNow));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Report {ReportId} ({Kind}) is ready: {Pages} pages, {Bytes} bytes", report.Id, report.Kind, pdf.PageCount, pdf.Bytes.Length);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The message, not the data: no student record goes to the log.
            logger.LogError("Report {ReportId} failed: {Error}", reportId, exception.GetType().Name);
            db.ChangeTracker.Clear();
            var failed = await db.Reports.FirstAsync(r => r.Id == reportId, CancellationToken.None);
            failed.Fail(exception.Message, clock.UtcNow);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task<(ReportDocument Document, string FileName)> ComposeAsync(Report report, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        switch (report.Kind)
        {
            case ReportKind.Placement:
                var placementId = report.PlacementId ?? throw new InvalidOperationException("A placement report names no placement.");
                var data = await placements.LoadAsync(placementId, cancellationToken);
                return (ReportLayouts.PlacementReport(data, district.Value.Name, now), $"placement-{placementId}-report-{report.Id}.pdf");
            case ReportKind.TermSummary:
                var term = report.Term ?? throw new InvalidOperationException("A term summary names no term.");
                var summary = await terms.LoadAsync(term, cancellationToken);
                return (ReportLayouts.TermSummary(summary, district.Value.Name, now), $"term-summary-{term.Start:yyyyMMdd}-{term.End:yyyyMMdd}-{report.Id}.pdf");
            default:
                throw new InvalidOperationException($"Unknown report kind {report.Kind}.");
        }
    }
}
