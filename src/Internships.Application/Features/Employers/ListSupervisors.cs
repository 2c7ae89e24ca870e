namespace Internships.Application.Features.Employers;

[Authorize(Roles.Coordinator, Roles.EmployerAdmin, Roles.Supervisor)]
public sealed record ListSupervisorsQuery(int EmployerId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<SupervisorDto>>, IPagedRequest;

public sealed class ListSupervisorsAuthorizer(RecordAccess access) : IResourceAuthorizer<ListSupervisorsQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListSupervisorsQuery request, CancellationToken cancellationToken) =>
        access.ToViewEmployerAsync(request.EmployerId, cancellationToken);
}

public sealed class ListSupervisorsHandler(IAppDbContext db) : IQueryHandler<ListSupervisorsQuery, PagedResult<SupervisorDto>>
{
    public async ValueTask<PagedResult<SupervisorDto>> Handle(ListSupervisorsQuery query, CancellationToken cancellationToken) =>
        await db.Supervisors.AsNoTracking().Where(s => s.EmployerId == query.EmployerId)
            .OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id)
            .Select(SupervisorDto.Projection)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
}
