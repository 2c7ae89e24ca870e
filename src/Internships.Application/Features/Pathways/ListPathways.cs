using Internships.Domain.Pathways;

namespace Internships.Application.Features.Pathways;

public sealed record ListPathwaysQuery(IndustrySector? Sector = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<PathwayDto>>, IPagedRequest;

public sealed class ListPathwaysHandler(IAppDbContext db) : IQueryHandler<ListPathwaysQuery, PagedResult<PathwayDto>>
{
    public async ValueTask<PagedResult<PathwayDto>> Handle(ListPathwaysQuery query, CancellationToken cancellationToken)
    {
        var pathways = db.Pathways.AsNoTracking();
        if (query.Sector is { } sector)
        {
            pathways = pathways.Where(p => p.Sector == sector);
        }

        return await pathways.OrderBy(p => p.Name).ThenBy(p => p.Id).Select(PathwayDto.Projection)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
