namespace Internships.Application.Features.Users;

/// <summary>Who the caller is signed in as, and which record their account acts for.</summary>
public sealed record GetMyAccountQuery : IQuery<AccountDto>;

public sealed class GetMyAccountHandler(ICurrentUser user, IIdentityService identity) : IQueryHandler<GetMyAccountQuery, AccountDto>
{
    public async ValueTask<AccountDto> Handle(GetMyAccountQuery query, CancellationToken cancellationToken) =>
        await identity.FindAccountAsync(user.UserId!.Value, cancellationToken)
        ?? throw new NotFoundException("Your account no longer exists.");
}
