using FluentValidation;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Mediator;

namespace Internships.Application.Features.Users;

[Authorize(Roles.Admin)]
public sealed record ListUsersQuery(string? Role = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<AccountDto>>, IPagedRequest;

public sealed class ListUsersValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersValidator() =>
        RuleFor(x => x.Role).Must(r => r is null || Roles.All.Contains(r)).WithMessage($"'Role' must be one of {string.Join(", ", Roles.All)}.");
}

public sealed class ListUsersHandler(IIdentityService identity) : IQueryHandler<ListUsersQuery, PagedResult<AccountDto>>
{
    public async ValueTask<PagedResult<AccountDto>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await identity.ListAccountsAsync(query.Role, query.Page, query.PageSize, cancellationToken);
}
