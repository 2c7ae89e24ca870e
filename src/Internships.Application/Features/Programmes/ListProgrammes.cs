namespace Internships.Application.Features.Programmes;

/// <summary>The programmes, by name (coordinators).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListProgrammesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<ProgrammeDto>>, IPagedRequest;

public sealed class ListProgrammesHandler(IAppDbContext db) : IQueryHandler<ListProgrammesQuery, PagedResult<ProgrammeDto>>
{
    public async ValueTask<PagedResult<ProgrammeDto>> Handle(ListProgrammesQuery query, CancellationToken cancellationToken)
    {
        var page = await db.Programmes.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new { Programme = p, Badge = db.BadgeClasses.Where(b => b.Id == p.BadgeClassId).Select(b => b.Name).First() })
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<ProgrammeDto>(page.Items.Select(x => x.Programme.ToDto(x.Badge)).ToList(), page.Total, page.Page, page.PageSize);
    }
}
