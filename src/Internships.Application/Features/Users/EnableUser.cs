using Internships.Domain.Common;

namespace Internships.Application.Features.Users;

/// <summary>A disabled account may sign in again, unless the record it acts for is inactive (reactivate that first).</summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record EnableUserCommand(int UserId) : ICommand<AccountDto>, IAccountRequest;

public sealed class EnableUserAuthorizer(IIdentityService identity, ICurrentUser user) : AccountAuthorizer<EnableUserCommand>(identity, user);

public sealed class EnableUserHandler(IAppDbContext db, IIdentityService identity) : ICommandHandler<EnableUserCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(EnableUserCommand command, CancellationToken cancellationToken)
    {
        var account = (await identity.FindAccountAsync(command.UserId, cancellationToken))!;
        if (!await UserRules.RecordsAreActiveAsync(db, account.StudentId, account.EmployerId, account.SupervisorId, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Accounts.RecordInactiveEnableFirst,
                "The student, supervisor or employer this account acts for is inactive: make the record active again first.");
        }

        await identity.EnableAsync(command.UserId, cancellationToken);
        return await UserRules.SavedAccountAsync(db, identity, command.UserId, cancellationToken);
    }
}
