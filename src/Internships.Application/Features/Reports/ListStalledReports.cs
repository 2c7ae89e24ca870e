using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// The report rows are the outbox: a report whose job was lost (the process stopped between the commit and the
/// enqueue, or during the job) is still Queued (or Running) <paramref name="StalledAfter"/> after it was requested
/// (or started). The requeue job asks for them, as the system identity, and hands each to a job again.
/// </summary>
[Authorize(Roles.System)]
public sealed record ListStalledReportsQuery(TimeSpan StalledAfter) : IQuery<IReadOnlyList<int>>;

public sealed class ListStalledReportsHandler(IAppDbContext db, IClock clock) : IQueryHandler<ListStalledReportsQuery, IReadOnlyList<int>>
{
    public async ValueTask<IReadOnlyList<int>> Handle(ListStalledReportsQuery query, CancellationToken cancellationToken)
    {
        var before = clock.UtcNow - query.StalledAfter;
        return await db.Reports.AsNoTracking()
            .Where(r => (r.Status == ReportStatus.Queued && r.RequestedAt < before) || (r.Status == ReportStatus.Running && r.StartedAt < before))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
    }
}
