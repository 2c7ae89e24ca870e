using Internships.Application.Features.Notifications;

namespace Internships.Application.Features.Invitations;

/// <summary>Sends the invitation again with a new link, good for another seven days; the link sent before stops working.</summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record ResendInvitationCommand(int InvitationId) : ICommand<InvitationDto>, IInvitationRequest;

public sealed class ResendInvitationAuthorizer(IAppDbContext db, ICurrentUser user) : InvitationAuthorizer<ResendInvitationCommand>(db, user);

public sealed class ResendInvitationHandler(IAppDbContext db, NotificationOutbox outbox, IClock clock)
    : ICommandHandler<ResendInvitationCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(ResendInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitation = await InvitationRules.FindAsync(db, command.InvitationId, cancellationToken);
        var token = SecretTokens.New();
        invitation.Resend(SecretTokens.Hash(token), clock.UtcNow);
        await InvitationRules.QueueEmailAsync(db, outbox, invitation, token, cancellationToken);
        return InvitationRules.ToDto(invitation, clock.UtcNow);
    }
}
