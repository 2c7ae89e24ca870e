namespace Internships.Application.Features.Credentials;

/// <summary>
/// Turns two-factor sign-in off, and ends the account's sessions. Where it is required (coordinators and administrators),
/// nothing but setting it up again is possible until it is back on.
/// </summary>
public sealed record DisableTwoFactorCommand : ICommand;

public sealed class DisableTwoFactorHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<DisableTwoFactorCommand>
{
    public async ValueTask<Unit> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        await CredentialRules.RequireTwoFactorAsync(security, user, enabled: true, Domain.Common.RuleKeys.Accounts.TwoFactorOffAlready,
            "Two-factor sign-in is off already.", cancellationToken);
        await security.DisableTwoFactorAsync(user.UserId!.Value, cancellationToken);
        return Unit.Value;
    }
}
