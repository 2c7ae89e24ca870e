namespace Internships.Application.Features.Badges;

/// <summary>The signed-in student's backpack: every award, newest first, with links to all its public documents.</summary>
[Authorize(Roles.Student)]
public sealed record ListMyBadgesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<AwardDto>>, IPagedRequest;

public sealed class ListMyBadgesHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : IQueryHandler<ListMyBadgesQuery, PagedResult<AwardDto>>
{
    public async ValueTask<PagedResult<AwardDto>> Handle(ListMyBadgesQuery query, CancellationToken cancellationToken)
    {
        var page = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass)
            .Where(a => a.RecipientStudentId == user.StudentId)
            .OrderByDescending(a => a.IssuedAt).ThenByDescending(a => a.Id)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<AwardDto>(page.Items.Select(a => AwardDto.From(a, a.BadgeClass!, openBadges, clock)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
