namespace Internships.Application.Features.Users;

/// <summary>The account may no longer sign in, and its sessions end at once (its tokens and cookies stop working).</summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record DisableUserCommand(int UserId) : ICommand<AccountDto>, IAccountRequest;

public sealed class DisableUserAuthorizer(IIdentityService identity, ICurrentUser user) : AccountAuthorizer<DisableUserCommand>(identity, user);

public sealed class DisableUserHandler(IAppDbContext db, IIdentityService identity, ICurrentUser user) : ICommandHandler<DisableUserCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(DisableUserCommand command, CancellationToken cancellationToken)
    {
        UserRules.RefuseOwnAccount(user, command.UserId, "disable");
        await identity.DisableAsync(command.UserId, cancellationToken);
        return await UserRules.SavedAccountAsync(db, identity, command.UserId, cancellationToken);
    }
}
