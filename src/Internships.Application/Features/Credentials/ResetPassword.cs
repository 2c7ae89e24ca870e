namespace Internships.Application.Features.Credentials;

/// <summary>
/// Sets a new password with the secret from a reset e-mail. The secret then stops working, every session of the account
/// ends, and a lock-out from earlier failed sign-ins is lifted. Open to anyone holding the link; the host limits attempts.
/// </summary>
[AllowAnonymous]
public sealed record ResetPasswordCommand(string Token, string NewPassword) : ICommand;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Token).NotEmpty().WithMessageKey("Credentials.ResetCodeMissing")
            .MaximumLength(2000).WithMessageKey("Credentials.ResetCodeTooLong");
        RuleFor(x => x.NewPassword).SetValidator(new NewPasswordValidator());
    }
}

public sealed class ResetPasswordHandler(IAccountSecurity security) : ICommandHandler<ResetPasswordCommand>
{
    public async ValueTask<Unit> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        CredentialRules.ThrowIfAny(await security.ResetPasswordAsync(command.Token, command.NewPassword, cancellationToken));
        return Unit.Value;
    }
}
