using FluentValidation.Results;

namespace Internships.Application.Features.Credentials;

/// <summary>
/// Turns two-factor sign-in on with a code from the app set up by <see cref="StartAuthenticatorSetupCommand"/>, and
/// answers ten recovery codes. Every session of the account ends (they were opened with one factor): sign in again.
/// </summary>
public sealed record EnableTwoFactorCommand(string Code) : ICommand<RecoveryCodesDto>;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactorCommand>
{
    public EnableTwoFactorValidator() => RuleFor(x => x.Code).NotEmpty().WithMessageKey("Credentials.TwoFactorCodeRequired")
        .MaximumLength(20).WithMessageKey("Credentials.TwoFactorCodeTooLong");
}

public sealed class EnableTwoFactorHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<EnableTwoFactorCommand, RecoveryCodesDto>
{
    public async ValueTask<RecoveryCodesDto> Handle(EnableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        await CredentialRules.RequireTwoFactorAsync(security, user, enabled: false, Domain.Common.RuleKeys.Accounts.TwoFactorOnAlready,
            "Two-factor sign-in is on already.", cancellationToken);
        var codes = await security.EnableTwoFactorAsync(user.UserId!.Value, command.Code, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(command.Code),
                "That code does not match: check the app shows this account, and that the device's clock is right.")]);
        return new RecoveryCodesDto(codes);
    }
}
