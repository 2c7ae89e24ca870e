using Internships.Domain.Accounts;

namespace Internships.Application.Features.Invitations;

/// <summary>
/// What an invitation link opens, for the page where the invitee chooses a password: open to anyone holding the link
/// (the secret is the authorisation), and a 404 for a link that no longer works.
/// </summary>
[AllowAnonymous]
public sealed record DescribeInvitationQuery(string Token) : IQuery<InvitationPreviewDto>;

public sealed class DescribeInvitationHandler(IAppDbContext db, IClock clock) : IQueryHandler<DescribeInvitationQuery, InvitationPreviewDto>
{
    public async ValueTask<InvitationPreviewDto> Handle(DescribeInvitationQuery query, CancellationToken cancellationToken)
    {
        var invitation = string.IsNullOrEmpty(query.Token) ? null : await InvitationRules.FindByTokenAsync(db, query.Token, cancellationToken);
        if (invitation is null || invitation.StatusAt(clock.UtcNow) != InvitationStatus.Pending)
        {
            throw new NotFoundException(AcceptInvitationHandler.LinkNotWorking);
        }

        var (person, organisation) = await InvitationRules.RecordOfAsync(db, invitation, cancellationToken);
        return new InvitationPreviewDto(invitation.Email, invitation.Role, person, organisation, invitation.ExpiresAt);
    }
}
