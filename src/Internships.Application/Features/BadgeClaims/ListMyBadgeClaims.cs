using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>The signed-in student's claims, newest first.</summary>
[Authorize(Roles.Student)]
public sealed record ListMyBadgeClaimsQuery(BadgeClaimStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<BadgeClaimDto>>, IPagedRequest;

public sealed class ListMyBadgeClaimsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListMyBadgeClaimsQuery, PagedResult<BadgeClaimDto>>
{
    public async ValueTask<PagedResult<BadgeClaimDto>> Handle(ListMyBadgeClaimsQuery query, CancellationToken cancellationToken) =>
        await db.BadgeClaims.AsNoTracking()
            .Where(c => c.StudentId == user.StudentId && (query.Status == null || c.Status == query.Status))
            .OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id)
            .ToDtos(db)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
}
