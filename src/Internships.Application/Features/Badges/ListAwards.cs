namespace Internships.Application.Features.Badges;

/// <summary>Awards across the district, by badge, student or organisation: for coordinators.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListAwardsQuery(int? BadgeClassId = null, int? StudentId = null, int? EmployerId = null, bool? Revoked = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<AwardDto>>, IPagedRequest;

public sealed class ListAwardsHandler(IAppDbContext db, IOpenBadges openBadges, IClock clock) : IQueryHandler<ListAwardsQuery, PagedResult<AwardDto>>
{
    public async ValueTask<PagedResult<AwardDto>> Handle(ListAwardsQuery query, CancellationToken cancellationToken)
    {
        var awards = db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass).Filter(query);
        var page = await awards.OrderByDescending(a => a.IssuedAt).ThenByDescending(a => a.Id).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<AwardDto>(page.Items.Select(a => AwardDto.From(a, a.BadgeClass!, openBadges, clock)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
