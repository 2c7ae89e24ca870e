using Internships.Domain.Reports;
using Microsoft.Extensions.Logging;

namespace Internships.Application.Features.Reports;

/// <summary>
/// Produces one report (the report job, as the system identity): reads its data, renders the PDF and stores it beside
/// the report, which becomes Ready. Idempotent: a report already Ready is left alone, so a retry or a second job does
/// nothing. A report that cannot be produced is recorded Failed with the reason (the attempt counted), and the answer
/// says so, so that the job fails and is retried; a retry that succeeds makes it Ready.
/// </summary>
[Authorize(Roles.System)]
public sealed record ProduceReportCommand(int ReportId) : ICommand<ProducedReport>;

/// <summary>Where the report stands after the attempt; no status when there is no such report.</summary>
public sealed record ProducedReport(ReportStatus? Status, string? Error);

public sealed partial class ProduceReportHandler(
    IAppDbContext db,
    PlacementReportSource placements,
    TermSummarySource terms,
    IReportRenderer renderer,
    IClock clock,
    ILogger<ProduceReportHandler> logger) : ICommandHandler<ProduceReportCommand, ProducedReport>
{
    public async ValueTask<ProducedReport> Handle(ProduceReportCommand command, CancellationToken cancellationToken)
    {
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == command.ReportId, cancellationToken);
        if (report is null)
        {
            LogMissing(command.ReportId);
            return new ProducedReport(null, null);
        }

        if (!report.NeedsProducing)
        {
            return new ProducedReport(report.Status, null);
        }

        report.Start(clock.UtcNow);
        try
        {
            var (pdf, fileName) = await RenderAsync(report, cancellationToken);
            db.ReportFiles.Add(report.Complete(pdf.Pdf, fileName, pdf.PageCount, clock.UtcNow));
            LogReady(report.Id, report.Kind, pdf.PageCount, pdf.Pdf.Length);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The kind of failure, not its message: no student record goes to the log. The report keeps the reason.
            LogFailed(report.Id, exception.GetType().Name);
            report.Fail(exception.Message, clock.UtcNow);
        }

        return new ProducedReport(report.Status, report.Error);
    }

    private async Task<(RenderedReport Pdf, string FileName)> RenderAsync(Report report, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        switch (report.Kind)
        {
            case ReportKind.Placement:
                var placementId = report.PlacementId ?? throw new InvalidOperationException("A placement report names no placement.");
                var data = await placements.LoadAsync(placementId, cancellationToken);
                return (renderer.PlacementReport(data, now, report.Language), $"placement-{placementId}-report-{report.Id}.pdf");
            case ReportKind.TermSummary:
                var term = report.Term ?? throw new InvalidOperationException("A term summary names no term.");
                var summary = await terms.LoadAsync(term, cancellationToken);
                return (renderer.TermSummary(summary, now, report.Language), $"term-summary-{term.Start:yyyyMMdd}-{term.End:yyyyMMdd}-{report.Id}.pdf");
            default:
                throw new InvalidOperationException($"Unknown report kind {report.Kind}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {ReportId} does not exist; nothing to produce")]
    private partial void LogMissing(int reportId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId} ({Kind}) is ready: {Pages} pages, {Bytes} bytes")]
    private partial void LogReady(int reportId, ReportKind kind, int pages, int bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report {ReportId} failed: {Error}")]
    private partial void LogFailed(int reportId, string error);
}
