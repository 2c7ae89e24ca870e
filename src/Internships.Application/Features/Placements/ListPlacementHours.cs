using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>A placement's timesheet, newest day first, optionally only the entries waiting for approval.</summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record ListPlacementHoursQuery(int PlacementId, TimesheetStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<TimesheetEntryDto>>, IPagedRequest;

public sealed class ListPlacementHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<ListPlacementHoursQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListPlacementHoursQuery request, CancellationToken cancellationToken) =>
        access.ToViewPlacementAsync(request.PlacementId, cancellationToken);
}

public sealed class ListPlacementHoursHandler(IAppDbContext db) : IQueryHandler<ListPlacementHoursQuery, PagedResult<TimesheetEntryDto>>
{
    public async ValueTask<PagedResult<TimesheetEntryDto>> Handle(ListPlacementHoursQuery query, CancellationToken cancellationToken)
    {
        var entries = db.TimesheetEntries.AsNoTracking().Where(t => t.PlacementId == query.PlacementId);
        if (query.Status is { } status)
        {
            entries = entries.Where(t => t.Status == status);
        }

        return await entries.OrderByDescending(t => t.WorkDate).ThenByDescending(t => t.Id).Select(TimesheetEntryDto.Projection)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
