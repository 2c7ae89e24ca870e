using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>
/// The review queue: claims a coordinator (all) or an employer admin (those on the badges their organisation endorses)
/// reviews, oldest first, by status (Submitted: waiting for review; none: all) and badge.
/// </summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record ListBadgeClaimsQuery(BadgeClaimStatus? Status = null, int? BadgeClassId = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<BadgeClaimDto>>, IPagedRequest, IReadsStudentRecords<PagedResult<BadgeClaimDto>>
{
    public IEnumerable<int> StudentsIn(PagedResult<BadgeClaimDto> response) => response.Items.Select(c => c.StudentId).Distinct();
}

public sealed class ListBadgeClaimsValidator : AbstractValidator<ListBadgeClaimsQuery>
{
    public ListBadgeClaimsValidator() => RuleFor(x => x.Status).IsInEnum().WithMessageKey("BadgeClaims.StatusOneOf");
}

public sealed class ListBadgeClaimsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListBadgeClaimsQuery, PagedResult<BadgeClaimDto>>
{
    public async ValueTask<PagedResult<BadgeClaimDto>> Handle(ListBadgeClaimsQuery query, CancellationToken cancellationToken) =>
        await db.BadgeClaims.AsNoTracking().ReviewableBy(user)
            .Where(c => (query.Status == null || c.Status == query.Status) && (query.BadgeClassId == null || c.BadgeClassId == query.BadgeClassId))
            .OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id)
            .ToDtos(db)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
}
