namespace Internships.Application.Features.Schools;

public sealed record ListSchoolsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<SchoolDto>>, IPagedRequest;

public sealed class ListSchoolsHandler(IAppDbContext db) : IQueryHandler<ListSchoolsQuery, PagedResult<SchoolDto>>
{
    public async ValueTask<PagedResult<SchoolDto>> Handle(ListSchoolsQuery query, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Select(SchoolDto.Projection)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
}
