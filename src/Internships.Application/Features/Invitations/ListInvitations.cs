using Internships.Domain.Accounts;

namespace Internships.Application.Features.Invitations;

/// <summary>The invitations, newest first, in every state or in one (<c>Pending</c>: those still waiting to be accepted).</summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record ListInvitationsQuery(InvitationStatus? Status = null, string? Q = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<InvitationDto>>, IPagedRequest;

public sealed class ListInvitationsValidator : AbstractValidator<ListInvitationsQuery>
{
    public ListInvitationsValidator() => RuleFor(x => x.Q).MaximumLength(100).WithMessageKey("Accounts.SearchTooLong");
}

public sealed class ListInvitationsHandler(IAppDbContext db, IClock clock) : IQueryHandler<ListInvitationsQuery, PagedResult<InvitationDto>>
{
    public async ValueTask<PagedResult<InvitationDto>> Handle(ListInvitationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var invitations = query.Status switch
        {
            InvitationStatus.Pending => db.Invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now),
            InvitationStatus.Expired => db.Invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt <= now),
            InvitationStatus.Accepted => db.Invitations.Where(i => i.AcceptedAt != null),
            InvitationStatus.Revoked => db.Invitations.Where(i => i.RevokedAt != null),
            _ => db.Invitations,
        };
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Contains(query.Q);
            invitations = invitations.Where(i => Like.Matches(i.Email, pattern));
        }

        var page = await invitations.AsNoTracking().OrderByDescending(i => i.Id).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<InvitationDto>(page.Items.Select(i => InvitationRules.ToDto(i, now)).ToList(), page.Total, page.Page, page.PageSize);
    }
}
