using Internships.Application.Features.Placements;
using Internships.Application.Features.Students;
using Internships.Application.Features.Terms;
using Internships.Domain.Applications;
using Internships.Domain.Placements;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Dashboard;

/// <summary>
/// The coordinators' dashboard, for a term and a school or the whole district: the programme's numbers, what a funder
/// asks for (placements and approved hours by school, grade, pathway and employer), and the two numbers a coordinator
/// acts on, students not yet placed and placements missing paperwork, which link to those lists with the same filters.
/// Placements count when they run during the term; hours when worked in it. Hours and wages are summed in memory
/// because SQLite cannot sum decimals.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetDashboardQuery(int? TermId = null, int? SchoolId = null) : IQuery<DashboardDto>;

public sealed record DashboardDto(
    int? TermId,
    string? TermName,
    int? SchoolId,
    int ActiveStudents,
    int StudentsNotYetPlaced,
    int PlacementsMissingPaperwork,
    int OpenPostings,
    int OpenSlots,
    int SubmittedPostings,
    IReadOnlyList<CountBy> ApplicationsByStatus,
    IReadOnlyList<CountBy> PlacementsByStatus,
    decimal ApprovedHours,
    decimal WagesEarned,
    int BadgesAwarded,
    IReadOnlyList<Breakdown> BySchool,
    IReadOnlyList<Breakdown> ByGrade,
    IReadOnlyList<Breakdown> ByPathway,
    IReadOnlyList<Breakdown> ByEmployer,
    IReadOnlyList<CountBy> StudentsByPathway,
    IReadOnlyList<CountBy> BadgesByName);

public sealed record CountBy(string Label, int Count);

/// <summary>One row of a funder's breakdown: placements, the students in them, and the hours they worked (approved).</summary>
public sealed record Breakdown(string Label, int Placements, int Students, decimal Hours);

public sealed class GetDashboardHandler(IAppDbContext db, IClock clock) : IQueryHandler<GetDashboardQuery, DashboardDto>
{
    public async ValueTask<DashboardDto> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var term = await db.FindTermOrNullAsync(query.TermId, cancellationToken);
        var students = db.Students.AsNoTracking().Where(s => s.IsActive);
        if (query.SchoolId is { } schoolId)
        {
            students = students.Where(s => s.SchoolId == schoolId);
        }

        var activeStudents = await students.CountAsync(cancellationToken);
        var notPlaced = await students.NotYetPlaced(db.Placements, term).CountAsync(cancellationToken);
        var placements = db.Placements.AsNoTracking().Filter(db, null, null, term, query.SchoolId, null);
        var missingPaperwork = await placements.MissingPaperwork().CountAsync(cancellationToken);

        var rows = await placements.Select(p => new
        {
            p.Id, p.Status, p.StudentId, p.HourlyWage, p.EmployerId, p.PostingId,
            Student = db.Students.Where(s => s.Id == p.StudentId).Select(s => new { s.Grade, s.SchoolId }).First(),
        }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var entries = db.TimesheetEntries.AsNoTracking().Where(t => t.Status == TimesheetStatus.Approved && ids.Contains(t.PlacementId));
        if (term is not null)
        {
            entries = entries.Where(t => t.WorkDate >= term.StartDate && t.WorkDate <= term.EndDate);
        }

        var hours = (await entries.Select(t => new { t.PlacementId, t.Hours }).ToListAsync(cancellationToken))
            .GroupBy(t => t.PlacementId).ToDictionary(g => g.Key, g => g.Sum(t => t.Hours));
        decimal HoursOf(int placementId) => hours.GetValueOrDefault(placementId);

        var schoolNames = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var employerIds = rows.Select(r => r.EmployerId).Distinct().ToList();
        var employerNames = await db.Employers.AsNoTracking().Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var postingIds = rows.Select(r => r.PostingId).Distinct().ToList();
        var postingPathways = (await db.Postings.AsNoTracking().Where(p => postingIds.Contains(p.Id))
                .Select(p => new { p.Id, Pathways = p.Pathways.Select(pp => pp.Pathway!.Name).ToList() }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => p.Pathways);

        List<Breakdown> By<TKey>(IEnumerable<(int Id, int StudentId, TKey Key)> keyed, Func<TKey, string> label)
            where TKey : notnull =>
            keyed.GroupBy(k => k.Key)
                .Select(g => new Breakdown(label(g.Key), g.Select(x => x.Id).Distinct().Count(), g.Select(x => x.StudentId).Distinct().Count(),
                    g.Select(x => x.Id).Distinct().Sum(HoursOf)))
                .OrderByDescending(b => b.Placements).ThenBy(b => b.Label, StringComparer.Ordinal).ToList();

        var bySchool = By(rows.Select(r => (r.Id, r.StudentId, r.Student.SchoolId)), id => schoolNames.GetValueOrDefault(id, "?"));
        var byGrade = By(rows.Select(r => (r.Id, r.StudentId, r.Student.Grade)), g => $"Grade {g}").OrderBy(b => b.Label, StringComparer.Ordinal).ToList();
        var byPathway = By(rows.SelectMany(r => postingPathways.GetValueOrDefault(r.PostingId, []).Select(p => (r.Id, r.StudentId, p))), p => p);
        var byEmployer = By(rows.Select(r => (r.Id, r.StudentId, r.EmployerId)), id => employerNames.GetValueOrDefault(id, "?"));

        var today = clock.Today;
        var open = await db.Postings.AsNoTracking().Where(p => p.Status == PostingStatus.Open && p.ApplicationDeadline >= today)
            .Select(p => p.Slots - p.FilledSlots).ToListAsync(cancellationToken);
        var submitted = await db.Postings.CountAsync(p => p.Status == PostingStatus.Submitted, cancellationToken);

        var applications = db.Applications.AsNoTracking().Where(a => students.Any(s => s.Id == a.StudentId));
        if (term is not null)
        {
            applications = applications.Where(a => db.Postings.Any(p => p.Id == a.PostingId && p.StartDate <= term.EndDate && p.EndDate >= term.StartDate));
        }

        var applicationCounts = await applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var enrolments = await db.PathwayEnrolments.AsNoTracking()
            .Where(e => e.EndedOn == null && students.Any(s => s.Id == e.StudentId))
            .GroupBy(e => e.PathwayId).Select(g => new { PathwayId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var pathwayNames = await db.Pathways.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        var awards = db.BadgeAwards.AsNoTracking().Where(a => a.RevokedAt == null);
        if (query.SchoolId is not null)
        {
            awards = awards.Where(a => students.Any(s => s.Id == a.RecipientStudentId));
        }

        if (term is not null)
        {
            var (from, to) = (term.StartDate.ToDateTime(TimeOnly.MinValue), term.EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue));
            awards = awards.Where(a => a.IssuedAt >= from && a.IssuedAt < to);
        }

        var awardCounts = await awards.GroupBy(a => a.BadgeClass!.Name).Select(g => new { Name = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        return new DashboardDto(
            term?.Id, term?.Name, query.SchoolId, activeStudents, notPlaced, missingPaperwork, open.Count, open.Sum(), submitted,
            Enum.GetValues<ApplicationStatus>().Select(s => new CountBy(s.ToString(), applicationCounts.FirstOrDefault(a => a.Key == s)?.Count ?? 0)).ToList(),
            Enum.GetValues<PlacementStatus>().Select(s => new CountBy(s.ToString(), rows.Count(r => r.Status == s))).ToList(),
            hours.Values.Sum(), Math.Round(rows.Sum(r => HoursOf(r.Id) * r.HourlyWage), 2),
            awardCounts.Sum(a => a.Count),
            bySchool, byGrade, byPathway, byEmployer,
            enrolments.Select(e => new CountBy(pathwayNames.GetValueOrDefault(e.PathwayId, "?"), e.Count))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList(),
            awardCounts.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal).Take(10).Select(a => new CountBy(a.Name, a.Count)).ToList());
    }
}
