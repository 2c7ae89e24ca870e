namespace Internships.Application.Features.Invitations;

/// <summary>The invitation's link stops working (sent to the wrong address, or the person is no longer expected).</summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record RevokeInvitationCommand(int InvitationId) : ICommand<InvitationDto>, IInvitationRequest;

public sealed class RevokeInvitationAuthorizer(IAppDbContext db, ICurrentUser user) : InvitationAuthorizer<RevokeInvitationCommand>(db, user);

public sealed class RevokeInvitationHandler(IAppDbContext db, IClock clock) : ICommandHandler<RevokeInvitationCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitation = await InvitationRules.FindAsync(db, command.InvitationId, cancellationToken);
        invitation.Revoke(clock.UtcNow);
        return InvitationRules.ToDto(invitation, clock.UtcNow);
    }
}
