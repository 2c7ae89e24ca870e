namespace Internships.Application.Features.Users;

[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record GetUserQuery(int UserId) : IQuery<AccountDto>;

public sealed class GetUserHandler(IIdentityService identity) : IQueryHandler<GetUserQuery, AccountDto>
{
    public async ValueTask<AccountDto> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await identity.FindAccountAsync(query.UserId, cancellationToken) ?? throw NotFoundException.For("Account", query.UserId);
}
