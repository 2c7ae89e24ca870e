namespace Internships.Application.Features.Users;

/// <summary>Ends a lock-out after repeated failed sign-ins before it runs out by itself.</summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record UnlockUserCommand(int UserId) : ICommand<AccountDto>, IAccountRequest;

public sealed class UnlockUserAuthorizer(IIdentityService identity, ICurrentUser user) : AccountAuthorizer<UnlockUserCommand>(identity, user);

public sealed class UnlockUserHandler(IAppDbContext db, IIdentityService identity) : ICommandHandler<UnlockUserCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(UnlockUserCommand command, CancellationToken cancellationToken)
    {
        await identity.UnlockAsync(command.UserId, cancellationToken);
        return await UserRules.SavedAccountAsync(db, identity, command.UserId, cancellationToken);
    }
}
