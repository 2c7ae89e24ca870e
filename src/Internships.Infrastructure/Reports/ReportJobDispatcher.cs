using Hangfire;
using Internships.Domain.Reports;

namespace Internships.Infrastructure.Reports;

/// <summary>
/// Enqueues a <see cref="GenerateReportJob"/> for each report requested, once the request is committed: enqueued
/// earlier, the job could look for a report that is not there yet (or never will be, after a rollback).
/// One per DbContext (scoped). <see cref="RequeueStalledReportsJob"/> covers a crash between commit and enqueue.
/// </summary>
internal sealed class ReportJobDispatcher(IBackgroundJobClient jobs) : Persistence.AfterCommitInterceptor
{
    private readonly List<Report> _requested = [];

    protected override void Collect(DbContext context)
    {
        _requested.AddRange(context.ChangeTracker.Entries<Report>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
    }

    protected override void RolledBack() => _requested.Clear();

    protected override void Committed()
    {
        foreach (var id in _requested.Select(r => r.Id).Where(id => id > 0).Distinct().ToList())
        {
            jobs.Enqueue<GenerateReportJob>(j => j.RunAsync(id, CancellationToken.None));
        }

        _requested.Clear();
    }
}
