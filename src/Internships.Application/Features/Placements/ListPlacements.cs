using System.Linq.Expressions;
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

/// <summary>
/// Students open their own placements often (hours, paperwork), so that list, unfiltered, is a compiled query
/// (<c>EF.CompileAsyncQuery</c>): building and funcletizing its LINQ tree cost more than SQLite's answer. Every other
/// list composes its filters as before; both read the same row (<see cref="Row"/>).
/// </summary>
public sealed class ListPlacementsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListPlacementsQuery, PagedResult<PlacementSummaryDto>>
{
    private static readonly Expression<Func<Placement, PlacementRow>> Row = p => new PlacementRow(
        p.Id, p.StudentId, p.Student!.FirstName + " " + p.Student.LastName, p.PostingId, p.Posting!.Title,
        p.EmployerId, p.Posting.Employer!.Name, p.SupervisorId, p.StartDate, p.EndDate, p.Status, p.IsMinor, p.Documents.Count);

    /// <summary>
    /// A student's own page with the hours waiting on each placement, in one query: the two round trips cost a database
    /// server more than the rows. The columns are <see cref="Row"/>'s, written out because the subqueries need the
    /// context (a placement has no navigation to its timesheet); the hours are summed as REAL, which SQLite can sum and
    /// its stored hours already are, then rounded to cents, the column's precision.
    /// </summary>
    private static readonly Func<DbContext, int, int, int, IAsyncEnumerable<PlacementRow>> PageOfStudents =
        EF.CompileAsyncQuery((DbContext context, int studentId, int skip, int take) => context.Set<Placement>().AsNoTracking()
            .Where(p => p.StudentId == studentId)
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .Skip(skip).Take(take)
            .Select(p => new PlacementRow(
                p.Id, p.StudentId, p.Student!.FirstName + " " + p.Student.LastName, p.PostingId, p.Posting!.Title,
                p.EmployerId, p.Posting.Employer!.Name, p.SupervisorId, p.StartDate, p.EndDate, p.Status, p.IsMinor, p.Documents.Count)
            {
                Waiting = new Waiting(
                    context.Set<TimesheetEntry>().Count(t => t.PlacementId == p.Id && t.Status == TimesheetStatus.Submitted),
                    context.Set<TimesheetEntry>().Where(t => t.PlacementId == p.Id && t.Status == TimesheetStatus.Submitted).Sum(t => (double)t.Hours)),
            }));

    private static readonly Func<DbContext, int[], IAsyncEnumerable<WaitingEntry>> WaitingOn =
        EF.CompileAsyncQuery((DbContext context, int[] placementIds) => context.Set<TimesheetEntry>().AsNoTracking()
            .Where(t => placementIds.Contains(t.PlacementId) && t.Status == TimesheetStatus.Submitted)
            .Select(t => new WaitingEntry(t.PlacementId, t.Hours)));

    public async ValueTask<PagedResult<PlacementSummaryDto>> Handle(ListPlacementsQuery query, CancellationToken cancellationToken)
    {
        if (IsStudentsOwnUnfiltered(query, out var studentId))
        {
            var own = await StudentsOwnAsync(studentId, query, cancellationToken);
            return Summaries(own, own.Items.ToDictionary(p => p.Id, p => (p.Waiting!.Entries, Math.Round((decimal)p.Waiting.Hours, 2))));
        }

        var page = await db.Placements.AsNoTracking().VisibleTo(user)
            .Filter(db, query.Status, query.EmployerId, await db.FindTermOrNullAsync(query.TermId, cancellationToken), query.SchoolId,
                query.MissingPaperwork, query.HoursWaiting)
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .Select(Row)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return Summaries(page, await WaitingOnAsync(page.Items, cancellationToken));
    }

    private static PagedResult<PlacementSummaryDto> Summaries(PagedResult<PlacementRow> page, Dictionary<int, (int Entries, decimal Hours)> waiting) =>
        new(page.Items.Select(p => new PlacementSummaryDto(p.Id, p.StudentId, p.StudentName, p.PostingId, p.Title, p.EmployerId, p.EmployerName,
                p.SupervisorId, p.StartDate, p.EndDate, p.Status, Math.Max(0, (p.IsMinor ? 3 : 1) - p.DocumentCount),
                waiting.GetValueOrDefault(p.Id).Entries, waiting.GetValueOrDefault(p.Id).Hours)).ToList(),
            page.Total, page.Page, page.PageSize);

    /// <summary>The submitted entries of each placement on the page, summed in memory, as SQLite cannot sum decimals.</summary>
    private async Task<Dictionary<int, (int Entries, decimal Hours)>> WaitingOnAsync(IReadOnlyList<PlacementRow> rows, CancellationToken cancellationToken)
    {
        var waiting = new Dictionary<int, (int Entries, decimal Hours)>();
        if (rows.Count == 0)
        {
            return waiting;
        }

        await foreach (var entry in WaitingOn(db.AsDbContext(), rows.Select(p => p.Id).ToArray()).WithCancellation(cancellationToken))
        {
            var (entries, hours) = waiting.GetValueOrDefault(entry.PlacementId);
            waiting[entry.PlacementId] = (entries + 1, hours + entry.Hours);
        }

        return waiting;
    }

    /// <summary>A student's own list with no filter (a student sees only their own placements whatever they ask).</summary>
    private bool IsStudentsOwnUnfiltered(ListPlacementsQuery query, out int studentId)
    {
        studentId = user.StudentId ?? 0;
        return user.StudentId is not null && user.IsInRole(Roles.Student)
            && !user.IsInRole(Roles.Coordinator) && !user.IsInRole(Roles.EmployerAdmin) && !user.IsInRole(Roles.Supervisor)
            && query is { Status: null, EmployerId: null, TermId: null, SchoolId: null, MissingPaperwork: null, HoursWaiting: null };
    }

    private Task<PagedResult<PlacementRow>> StudentsOwnAsync(int studentId, ListPlacementsQuery query, CancellationToken cancellationToken) =>
        PageOfStudents(db.AsDbContext(), studentId, (query.Page - 1) * query.PageSize, query.PageSize)
            .ToPageAsync(query.Page, query.PageSize, ct => db.Placements.CountAsync(p => p.StudentId == studentId, ct), cancellationToken);

    private sealed record PlacementRow(int Id, int StudentId, string StudentName, int PostingId, string Title, int EmployerId, string EmployerName,
        int? SupervisorId, DateOnly StartDate, DateOnly EndDate, PlacementStatus Status, bool IsMinor, int DocumentCount)
    {
        /// <summary>Read with the row by a student's own page (<see cref="PageOfStudents"/>); other lists read it apart.</summary>
        public Waiting? Waiting { get; init; }
    }

    private sealed record Waiting(int Entries, double Hours);

    private sealed record WaitingEntry(int PlacementId, decimal Hours);
}
