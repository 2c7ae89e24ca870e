using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Applications;
using Internships.Domain.Placements;
using Internships.Domain.Postings;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Dashboard;

/// <summary>
/// The programme's numbers for the coordinators' dashboard: students by pathway and grade, open postings and their
/// slots, applications, placements, approved hours and the wages they earned, badges awarded. Counted by the
/// database; hours and wages are summed in memory because SQLite cannot sum decimals.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetProgrammeNumbersQuery : IQuery<ProgrammeNumbersDto>;

public sealed record ProgrammeNumbersDto(
    int ActiveStudents,
    IReadOnlyList<CountBy> StudentsByPathway,
    IReadOnlyList<CountBy> StudentsByGrade,
    int OpenPostings,
    int OpenSlots,
    int SubmittedPostings,
    IReadOnlyList<CountBy> ApplicationsByStatus,
    IReadOnlyList<CountBy> PlacementsByStatus,
    decimal ApprovedHours,
    decimal WagesEarned,
    int BadgesAwarded,
    IReadOnlyList<CountBy> BadgesByName);

public sealed record CountBy(string Label, int Count);

public sealed class GetProgrammeNumbersHandler(IAppDbContext db, IClock clock) : IQueryHandler<GetProgrammeNumbersQuery, ProgrammeNumbersDto>
{
    public async ValueTask<ProgrammeNumbersDto> Handle(GetProgrammeNumbersQuery query, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking().Where(s => s.IsActive);
        var activeStudents = await students.CountAsync(cancellationToken);
        var byGrade = (await students.GroupBy(s => s.Grade).Select(g => new { Grade = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(g => g.Grade).Select(g => new CountBy($"Grade {g.Grade}", g.Count)).ToList();

        var enrolments = await db.PathwayEnrolments.AsNoTracking()
            .Where(e => e.EndedOn == null && students.Any(s => s.Id == e.StudentId))
            .GroupBy(e => e.PathwayId).Select(g => new { PathwayId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var pathwayNames = await db.Pathways.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var byPathway = enrolments.Select(e => new CountBy(pathwayNames.GetValueOrDefault(e.PathwayId, "?"), e.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();

        var today = clock.Today;
        var open = await db.Postings.AsNoTracking().Where(p => p.Status == PostingStatus.Open && p.ApplicationDeadline >= today)
            .Select(p => p.Slots - p.FilledSlots).ToListAsync(cancellationToken);
        var submitted = await db.Postings.CountAsync(p => p.Status == PostingStatus.Submitted, cancellationToken);

        var applications = await db.Applications.AsNoTracking().GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var placements = await db.Placements.AsNoTracking().GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var approved = await db.TimesheetEntries.AsNoTracking().Where(t => t.Status == TimesheetStatus.Approved)
            .Join(db.Placements, t => t.PlacementId, p => p.Id, (t, p) => new { t.Hours, p.HourlyWage })
            .ToListAsync(cancellationToken);

        var awards = await db.BadgeAwards.AsNoTracking().Where(a => a.RevokedAt == null)
            .GroupBy(a => a.BadgeClass!.Name).Select(g => new { Name = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        return new ProgrammeNumbersDto(
            activeStudents, byPathway, byGrade, open.Count, open.Sum(), submitted,
            Enum.GetValues<ApplicationStatus>().Select(s => new CountBy(s.ToString(), applications.FirstOrDefault(a => a.Key == s)?.Count ?? 0)).ToList(),
            Enum.GetValues<PlacementStatus>().Select(s => new CountBy(s.ToString(), placements.FirstOrDefault(p => p.Key == s)?.Count ?? 0)).ToList(),
            approved.Sum(a => a.Hours), Math.Round(approved.Sum(a => a.Hours * a.HourlyWage), 2),
            awards.Sum(a => a.Count),
            awards.OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal).Take(10).Select(a => new CountBy(a.Name, a.Count)).ToList());
    }
}
