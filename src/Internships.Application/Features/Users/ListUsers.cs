namespace Internships.Application.Features.Users;

/// <summary>The accounts, by e-mail address: searched (<see cref="Q"/> matches part of the address), in one role, in one state.</summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record ListUsersQuery(string? Q = null, string? Role = null, AccountStatus? Status = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<AccountDto>>, IPagedRequest;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator()
    {
        RuleFor(x => x.Role).Must(r => r is null || Roles.All.Contains(r)).WithMessageKey("Accounts.RoleOffered");
        RuleFor(x => x.Q).MaximumLength(100).WithMessageKey("Accounts.SearchTooLong");
    }
}

public sealed class ListUsersHandler(IIdentityService identity) : IQueryHandler<ListUsersQuery, PagedResult<AccountDto>>
{
    public async ValueTask<PagedResult<AccountDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await identity.ListAccountsAsync(new AccountFilter(query.Q, query.Role, query.Status), query.Page, query.PageSize, cancellationToken);
}
