using FluentValidation.Results;
using Internships.Domain.Common;

namespace Internships.Application.Features.Users;

/// <summary>
/// An administrator opens an account in one role, choosing its first password (people are usually invited instead:
/// <see cref="Invitations.InviteUserCommand"/>). Student, employer admin and supervisor accounts are linked to the
/// record they act for; that link is what limits them to their own data.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record CreateUserCommand(string Email, string Password, string Role, int? StudentId, int? EmployerId, int? SupervisorId)
    : ICommand<AccountDto>, IAccountLinkFields;

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(IAppDbContext db)
    {
        Include(new AccountLinkValidator(db));
        RuleFor(x => x.Password).NotEmpty().WithMessageKey("Accounts.PasswordRequired").MaximumLength(128).WithMessageKey("Accounts.PasswordTooLong");
    }
}

public sealed class CreateUserHandler(IAppDbContext db, IIdentityService identity) : ICommandHandler<CreateUserCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await identity.EmailInUseAsync(email, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Accounts.AccountExists, $"An account for {email} already exists.", email);
        }

        var employerId = await UserRules.EmployerOfAccountAsync(db, command.Role, command.EmployerId, command.SupervisorId, cancellationToken);
        var result = await identity.CreateAccountAsync(
            new NewAccount(email, command.Password, command.Role, command.StudentId, employerId, command.SupervisorId), cancellationToken);
        if (!result.Succeeded)
        {
            throw new ValidationException(result.PasswordErrors.Select(e => new ValidationFailure(nameof(command.Password), e)));
        }

        return (await identity.FindAccountAsync(result.UserId!.Value, cancellationToken))!;
    }
}
