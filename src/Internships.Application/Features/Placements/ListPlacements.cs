using Internships.Domain.Placements;
using Internships.Application.Features.Terms;

namespace Internships.Application.Features.Placements;

public sealed record PlacementSummaryDto(
    int Id,
    int StudentId,
    string StudentName,
    int PostingId,
    string PostingTitle,
    int EmployerId,
    string EmployerName,
    int? SupervisorId,
    DateOnly StartDate,
    DateOnly EndDate,
    PlacementStatus Status,
    int MissingDocuments,
    int HourEntriesWaiting = 0,
    decimal HoursWaiting = 0);

/// <summary>
/// Placements the caller may see: a coordinator all of them, an employer admin their organisation's, a supervisor
/// their own interns', a student their own.
/// </summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record ListPlacementsQuery(PlacementStatus? Status = null, int? EmployerId = null, int Page = 1, int PageSize = Paging.DefaultPageSize,
    int? TermId = null, int? SchoolId = null, bool? MissingPaperwork = null, bool? HoursWaiting = null)
    : IQuery<PagedResult<PlacementSummaryDto>>, IPagedRequest;

public sealed class ListPlacementsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListPlacementsQuery, PagedResult<PlacementSummaryDto>>
{
    public async ValueTask<PagedResult<PlacementSummaryDto>> Handle(ListPlacementsQuery query, CancellationToken cancellationToken)
    {
        var placements = db.Placements.AsNoTracking().VisibleTo(user).Filter(db, query.Status, query.EmployerId,
            await db.FindTermOrNullAsync(query.TermId, cancellationToken), query.SchoolId, query.MissingPaperwork, query.HoursWaiting);
        var page = await placements.OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id, p.StudentId, StudentName = p.Student!.FirstName + " " + p.Student.LastName, p.PostingId, p.Posting!.Title,
                p.EmployerId, EmployerName = p.Posting.Employer!.Name, p.SupervisorId, p.StartDate, p.EndDate, p.Status, p.IsMinor,
                DocumentCount = p.Documents.Count,
            })
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);

        // Summed in memory, as SQLite cannot sum decimals.
        var ids = page.Items.Select(p => p.Id).ToList();
        var waiting = (await db.TimesheetEntries.AsNoTracking().Where(t => ids.Contains(t.PlacementId) && t.Status == TimesheetStatus.Submitted)
                .Select(t => new { t.PlacementId, t.Hours }).ToListAsync(cancellationToken))
            .GroupBy(t => t.PlacementId).ToDictionary(g => g.Key, g => (Entries: g.Count(), Hours: g.Sum(t => t.Hours)));
        return new PagedResult<PlacementSummaryDto>(
            page.Items.Select(p => new PlacementSummaryDto(p.Id, p.StudentId, p.StudentName, p.PostingId, p.Title, p.EmployerId, p.EmployerName,
                p.SupervisorId, p.StartDate, p.EndDate, p.Status, Math.Max(0, (p.IsMinor ? 3 : 1) - p.DocumentCount),
                waiting.GetValueOrDefault(p.Id).Entries, waiting.GetValueOrDefault(p.Id).Hours)).ToList(),
            page.Total, page.Page, page.PageSize);
    }

}
