namespace Internships.Application.Features.Employers;

[Authorize(Roles.Coordinator)]
public sealed record ListEmployersQuery(string? Q = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<EmployerDto>>, IPagedRequest;

public sealed class ListEmployersValidator : AbstractValidator<ListEmployersQuery>
{
    public ListEmployersValidator() => RuleFor(x => x.Q).MaximumLength(100).WithMessageKey("Employers.SearchTooLong");
}

public sealed class ListEmployersHandler(IAppDbContext db) : IQueryHandler<ListEmployersQuery, PagedResult<EmployerDto>>
{
    public async ValueTask<PagedResult<EmployerDto>> Handle(ListEmployersQuery query, CancellationToken cancellationToken)
    {
        var employers = db.Employers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Contains(query.Q);
            employers = employers.Where(e => Like.Matches(e.Name, pattern) || Like.Matches(e.Industry, pattern));
        }

        return await employers.OrderBy(e => e.Name).ThenBy(e => e.Id).Select(EmployerDto.Projection)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
