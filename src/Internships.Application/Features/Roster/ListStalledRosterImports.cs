using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>
/// The import rows are the outbox: an import whose job was lost (the process stopped between the commit and the
/// enqueue, or while importing) is still Queued <paramref name="StalledAfter"/> after it was uploaded. The requeue
/// job asks for them, as the system identity, and hands each to an import job again.
/// </summary>
[Authorize(Roles.System)]
public sealed record ListStalledRosterImportsQuery(TimeSpan StalledAfter) : IQuery<IReadOnlyList<int>>;

public sealed class ListStalledRosterImportsHandler(IAppDbContext db, IClock clock) : IQueryHandler<ListStalledRosterImportsQuery, IReadOnlyList<int>>
{
    public async ValueTask<IReadOnlyList<int>> Handle(ListStalledRosterImportsQuery query, CancellationToken cancellationToken)
    {
        var before = clock.UtcNow - query.StalledAfter;
        return await db.RosterImports.AsNoTracking()
            .Where(i => i.Status == RosterImportStatus.Queued && i.RequestedAt < before)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
    }
}
