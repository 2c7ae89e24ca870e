using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

/// <summary>The badge catalogue by name, by kind or recipient if asked; retired badges only when asked. Anyone signed in may read it.</summary>
public sealed record ListBadgeClassesQuery(BadgeKind? Kind = null, BadgeRecipientType? RecipientType = null, bool IncludeRetired = false,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<BadgeClassDto>>, IPagedRequest;

public sealed class ListBadgeClassesHandler(IAppDbContext db, IOpenBadges openBadges) : IQueryHandler<ListBadgeClassesQuery, PagedResult<BadgeClassDto>>
{
    public async ValueTask<PagedResult<BadgeClassDto>> Handle(ListBadgeClassesQuery query, CancellationToken cancellationToken)
    {
        var badges = db.BadgeClasses.AsNoTracking().Where(b => query.IncludeRetired || b.IsActive);
        if (query.Kind is { } kind)
        {
            badges = badges.Where(b => b.Kind == kind);
        }

        if (query.RecipientType is { } recipientType)
        {
            badges = badges.Where(b => b.RecipientType == recipientType);
        }

        var page = await badges.OrderBy(b => b.Name).ThenBy(b => b.Id).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<BadgeClassDto>(await db.ToDtosAsync(openBadges, page.Items, cancellationToken), page.Total, page.Page, page.PageSize);
    }
}
