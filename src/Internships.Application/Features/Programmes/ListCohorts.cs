namespace Internships.Application.Features.Programmes;

/// <summary>A programme's cohorts, newest first (coordinators).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListCohortsQuery(int ProgrammeId, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<CohortDto>>, IPagedRequest;

public sealed class ListCohortsHandler(IAppDbContext db) : IQueryHandler<ListCohortsQuery, PagedResult<CohortDto>>
{
    public async ValueTask<PagedResult<CohortDto>> Handle(ListCohortsQuery query, CancellationToken cancellationToken) =>
        !await db.Programmes.AnyAsync(p => p.Id == query.ProgrammeId, cancellationToken)
            ? throw NotFoundException.For("Programme", query.ProgrammeId)
            : await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == query.ProgrammeId)
            .OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .ToDtos()
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
}
