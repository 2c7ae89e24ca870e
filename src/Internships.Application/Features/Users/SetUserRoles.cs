using System.Text.Json.Serialization;
using Internships.Domain.Common;

namespace Internships.Application.Features.Users;

/// <summary>
/// An administrator changes an account's roles. A role that acts for a record needs the account's link to one (student,
/// employer, supervisor); the account's sessions end, so the new roles apply from its next sign-in.
/// </summary>
[Authorize(Common.Security.Roles.Admin)]
public sealed record SetUserRolesCommand(IReadOnlyList<string> Roles) : ICommand<AccountDto>, IAccountRequest
{
    [JsonIgnore]
    public int UserId { get; init; }
}

public sealed class SetUserRolesValidator : AbstractValidator<SetUserRolesCommand>
{
    public SetUserRolesValidator()
    {
        RuleFor(x => x.Roles).NotEmpty().WithMessageKey("Accounts.RolesRequired");
        RuleForEach(x => x.Roles).Must(r => Common.Security.Roles.All.Contains(r))
            .WithMessageKey("Accounts.RolesOffered");
    }
}

public sealed class SetUserRolesAuthorizer(IIdentityService identity, ICurrentUser user) : AccountAuthorizer<SetUserRolesCommand>(identity, user);

public sealed class SetUserRolesHandler(IAppDbContext db, IIdentityService identity, ICurrentUser user) : ICommandHandler<SetUserRolesCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(SetUserRolesCommand command, CancellationToken cancellationToken)
    {
        var account = (await identity.FindAccountAsync(command.UserId, cancellationToken))!;
        var roles = command.Roles.Distinct().ToList();
        if (user.UserId == command.UserId && !roles.Contains(Common.Security.Roles.Admin))
        {
            throw new ConflictException(RuleKeys.Accounts.KeepYourOwnAdmin, "You cannot take the Admin role from your own account.");
        }

        var missing = roles.Select(role => role switch
        {
            Common.Security.Roles.Student when account.StudentId is null => "The Student role needs an account linked to a student.",
            Common.Security.Roles.EmployerAdmin when account.EmployerId is null => "The EmployerAdmin role needs an account linked to an employer.",
            Common.Security.Roles.Supervisor when account.SupervisorId is null => "The Supervisor role needs an account linked to a supervisor.",
            _ => null,
        }).OfType<string>().ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException(missing.Select(m => new FluentValidation.Results.ValidationFailure(nameof(command.Roles), m)));
        }

        await identity.SetRolesAsync(command.UserId, roles, cancellationToken);
        return await UserRules.SavedAccountAsync(db, identity, command.UserId, cancellationToken);
    }
}
