namespace Internships.Application.Features.Credentials;

/// <summary>Ten new recovery codes; the earlier ones stop working.</summary>
public sealed record NewRecoveryCodesCommand : ICommand<RecoveryCodesDto>;

public sealed class NewRecoveryCodesHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<NewRecoveryCodesCommand, RecoveryCodesDto>
{
    public async ValueTask<RecoveryCodesDto> Handle(NewRecoveryCodesCommand command, CancellationToken cancellationToken)
    {
        await CredentialRules.RequireTwoFactorAsync(security, user, enabled: true, Domain.Common.RuleKeys.Accounts.TwoFactorOffNoCodes,
            "Two-factor sign-in is off: recovery codes come with turning it on.", cancellationToken);
        return new RecoveryCodesDto(await security.NewRecoveryCodesAsync(user.UserId!.Value, cancellationToken));
    }
}
