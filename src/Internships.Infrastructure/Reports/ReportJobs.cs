using Hangfire;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Reports;
using Internships.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Reports;

/// <summary>
/// At term end: once a day, when a district term (fall: August–January, spring: February–July) has ended in the last
/// <see cref="ReportOptions.TermSummaryWindowDays"/> days and has no summary yet, requests one ("schedule" asked).
/// </summary>
public sealed class RequestTermSummaryJob(IAppDbContext db, ICurrentUser user, IClock clock, IOptions<ReportOptions> options)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var term = ReportTerm.LastEndedBefore(clock.Today);
        if (clock.Today.DayNumber - term.End.DayNumber > options.Value.TermSummaryWindowDays)
        {
            return;
        }

        var exists = await db.Reports.AnyAsync(r => r.Kind == ReportKind.TermSummary && r.TermStart == term.Start && r.TermEnd == term.End
            && r.Status != ReportStatus.Failed, cancellationToken);
        if (!exists)
        {
            await TermSummaryReports.RequestAsync(db, user, term, "schedule", null, clock.UtcNow, cancellationToken);
        }
    }
}

/// <summary>
/// The report rows are the outbox: a report whose job was lost (the process stopped between the commit and the
/// enqueue, or during the job) is still Queued or Running, and is handed to a job again.
/// </summary>
public sealed class RequeueStalledReportsJob(IAppDbContext db, IClock clock, IBackgroundJobClient jobs, IOptions<ReportOptions> options)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.UtcNow - options.Value.StalledAfter;
        var stalled = await db.Reports.AsNoTracking()
            .Where(r => (r.Status == ReportStatus.Queued && r.RequestedAt < before) || (r.Status == ReportStatus.Running && r.StartedAt < before))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in stalled)
        {
            jobs.Enqueue<GenerateReportJob>(j => j.RunAsync(id, CancellationToken.None));
        }
    }
}
