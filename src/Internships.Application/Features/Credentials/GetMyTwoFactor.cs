namespace Internships.Application.Features.Credentials;

public sealed record GetMyTwoFactorQuery : IQuery<TwoFactorStatusDto>;

public sealed class GetMyTwoFactorHandler(IAccountSecurity security, ISignInPolicy policy, ICurrentUser user)
    : IQueryHandler<GetMyTwoFactorQuery, TwoFactorStatusDto>
{
    public async ValueTask<TwoFactorStatusDto> Handle(GetMyTwoFactorQuery query, CancellationToken cancellationToken)
    {
        var state = await security.GetTwoFactorStateAsync(user.UserId!.Value, cancellationToken);
        return new TwoFactorStatusDto(state.Enabled, state.RecoveryCodesLeft,
            policy.TwoFactorRequiredForStaff && Roles.DistrictStaff.Any(user.IsInRole));
    }
}
