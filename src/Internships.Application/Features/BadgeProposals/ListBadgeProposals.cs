using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeProposals;

/// <summary>
/// Badge proposals, oldest first, by status (Proposed: the coordinators' review queue; none: all): a coordinator sees
/// every employer's, an employer admin their own organisation's.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ListBadgeProposalsQuery(BadgeProposalStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<BadgeProposalDto>>, IPagedRequest;

public sealed class ListBadgeProposalsValidator : AbstractValidator<ListBadgeProposalsQuery>
{
    public ListBadgeProposalsValidator() => RuleFor(x => x.Status).IsInEnum().WithMessageKey("BadgeProposals.StatusOneOf");
}

public sealed class ListBadgeProposalsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListBadgeProposalsQuery, PagedResult<BadgeProposalDto>>
{
    public async ValueTask<PagedResult<BadgeProposalDto>> Handle(ListBadgeProposalsQuery query, CancellationToken cancellationToken) =>
        await db.BadgeProposals.AsNoTracking().VisibleTo(user)
            .Where(p => query.Status == null || p.Status == query.Status)
            .OrderBy(p => p.ProposedAt).ThenBy(p => p.Id)
            .ToDtos(db)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
}
