using Hangfire;
using Internships.Domain.Roster;

namespace Internships.Infrastructure.Roster;

/// <summary>
/// Enqueues a <see cref="RunRosterImportJob"/> for each roster upload, once it is committed: enqueued earlier, the job
/// could look for an import (and its zip) that is not there yet, or never will be after a rollback. One per DbContext
/// (scoped). <see cref="RequeueStalledRosterImportsJob"/> covers a crash between the commit and the enqueue.
/// </summary>
internal sealed class RosterImportJobDispatcher(IBackgroundJobClient jobs) : Persistence.AfterCommitInterceptor
{
    private readonly List<RosterImport> _uploaded = [];

    protected override void Collect(DbContext context) =>
        _uploaded.AddRange(context.ChangeTracker.Entries<RosterImport>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));

    protected override void RolledBack() => _uploaded.Clear();

    protected override void Committed()
    {
        // An import already done by the time it commits (the demo seeding imports its roster at once) needs no job.
        foreach (var id in _uploaded.Where(i => !i.IsDone).Select(i => i.Id).Where(id => id > 0).Distinct().ToList())
        {
            jobs.Enqueue<RunRosterImportJob>(j => j.RunAsync(id, CancellationToken.None));
        }

        _uploaded.Clear();
    }
}
