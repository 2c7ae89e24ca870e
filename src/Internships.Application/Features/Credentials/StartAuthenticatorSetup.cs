namespace Internships.Application.Features.Credentials;

/// <summary>
/// The first step of turning on two-factor sign-in: a new key for an authenticator app (typed in, or scanned as the QR
/// code of its otpauth:// address). Nothing changes until a code from the app confirms it (<see cref="EnableTwoFactorCommand"/>).
/// </summary>
public sealed record StartAuthenticatorSetupCommand : ICommand<AuthenticatorSetup>;

public sealed class StartAuthenticatorSetupHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<StartAuthenticatorSetupCommand, AuthenticatorSetup>
{
    public async ValueTask<AuthenticatorSetup> Handle(StartAuthenticatorSetupCommand command, CancellationToken cancellationToken)
    {
        await CredentialRules.RequireTwoFactorAsync(security, user, enabled: false, Domain.Common.RuleKeys.Accounts.TwoFactorOnMoveApp,
            "Two-factor sign-in is on already. To move to another app, turn it off, then set it up again.", cancellationToken);
        return await security.StartAuthenticatorSetupAsync(user.UserId!.Value, cancellationToken);
    }
}
