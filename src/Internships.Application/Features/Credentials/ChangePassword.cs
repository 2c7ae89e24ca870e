namespace Internships.Application.Features.Credentials;

/// <summary>
/// A signed-in person changes their password, giving the current one. Every session of the account ends, this one
/// included for the API (sign in again); the pages sign the person in again at once.
/// </summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessageKey("Credentials.CurrentPasswordRequired")
            .MaximumLength(128).WithMessageKey("Credentials.PasswordTooLong");
        RuleFor(x => x.NewPassword).SetValidator(new NewPasswordValidator());
    }
}

public sealed class ChangePasswordHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        CredentialRules.ThrowIfAny(await security.ChangePasswordAsync(user.UserId!.Value, command.CurrentPassword, command.NewPassword, cancellationToken));
        return Unit.Value;
    }
}
