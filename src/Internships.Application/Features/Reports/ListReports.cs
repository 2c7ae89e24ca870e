using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// The reports the caller may see, newest first: coordinators all of them; others the placement reports of the
/// placements they may see.
/// </summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record ListReportsQuery(
    ReportKind? Kind = null,
    ReportStatus? Status = null,
    int? PlacementId = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<ReportDto>>, IPagedRequest;

public sealed class ListReportsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListReportsQuery, PagedResult<ReportDto>>
{
    public async ValueTask<PagedResult<ReportDto>> Handle(ListReportsQuery query, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking().VisibleTo(db, user);
        if (query.Kind is { } kind)
        {
            reports = reports.Where(r => r.Kind == kind);
        }

        if (query.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        if (query.PlacementId is { } placementId)
        {
            reports = reports.Where(r => r.PlacementId == placementId);
        }

        var page = await reports.OrderByDescending(r => r.Id).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<ReportDto>(await db.ToDtosAsync(page.Items, user, cancellationToken), page.Total, page.Page, page.PageSize);
    }
}
