using Internships.Application.Features.Badges;
using Internships.Application.Features.Placements;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Students;

/// <summary>
/// A student's whole record for a coordinator: details and contacts, applications, placements with their hours,
/// evaluations and badges (each list the newest <see cref="GetStudentRecordHandler.MaxEach"/>).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetStudentRecordQuery(int StudentId) : IQuery<StudentRecordDto>;

public sealed class GetStudentRecordHandler(IAppDbContext db, IClock clock) : IQueryHandler<GetStudentRecordQuery, StudentRecordDto>
{
    public const int MaxEach = 100;

    public async ValueTask<StudentRecordDto> Handle(GetStudentRecordQuery query, CancellationToken cancellationToken)
    {
        var student = await db.ReadStudentAsync(query.StudentId, cancellationToken);
        var applications = await db.Applications.AsNoTracking().Where(a => a.StudentId == student.Id)
            .OrderByDescending(a => a.SubmittedAt).Take(MaxEach)
            .Select(a => new RecordApplicationDto(a.Id, a.PostingId, a.Posting!.Title, a.Posting.Employer!.Name, a.Status, a.SubmittedAt))
            .ToListAsync(cancellationToken);

        var placements = await db.Placements.AsNoTracking().Where(p => p.StudentId == student.Id)
            .OrderByDescending(p => p.StartDate).Take(MaxEach)
            .Select(p => new
            {
                p.Id, p.Posting!.Title, EmployerName = p.Posting.Employer!.Name, p.StartDate, p.EndDate, p.Status, p.RequiredHours, p.HourlyWage,
                p.IsMinor, Documents = p.Documents.Count,
                Supervisor = db.Supervisors.Where(s => s.Id == p.SupervisorId).Select(s => s.FirstName + " " + s.LastName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var placementIds = placements.Select(p => p.Id).ToList();
        // Summed in memory, as SQLite cannot sum decimals.
        var hours = (await db.TimesheetEntries.AsNoTracking().Where(t => placementIds.Contains(t.PlacementId))
                .Select(t => new { t.PlacementId, t.Status, t.Hours }).ToListAsync(cancellationToken))
            .ToLookup(t => t.PlacementId, t => (t.Status, t.Hours));

        var evaluations = await db.Evaluations.AsNoTracking().Where(e => placementIds.Contains(e.PlacementId))
            .OrderByDescending(e => e.SubmittedAt)
            .ToListAsync(cancellationToken);
        var titles = placements.ToDictionary(p => p.Id, p => p.Title);

        var studentKey = HeldBadges.StudentKey(student.Id);
        var awards = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass).Where(a => a.RecipientKey == studentKey)
            .OrderByDescending(a => a.IssuedAt).Take(MaxEach).ToListAsync(cancellationToken);

        return new StudentRecordDto(
            student,
            applications,
            placements.Select(p => new RecordPlacementDto(p.Id, p.Title, p.EmployerName, p.Supervisor, p.StartDate, p.EndDate, p.Status,
                HoursSummary.Of(p.RequiredHours, p.HourlyWage, hours[p.Id]),
                p.Status == PlacementStatus.Pending ? Math.Max(0, (p.IsMinor ? 3 : 1) - p.Documents) : 0)).ToList(),
            evaluations.Select(e => new RecordEvaluationDto(e.PlacementId, titles[e.PlacementId], e.Kind, Math.Round(e.AverageScore, 2), e.SubmittedAt,
                e.RecordedOnBehalfBy)).ToList(),
            awards.Select(a => new RecordBadgeDto(a.PublicId, a.BadgeClass!.Name, a.IssuedAt, AwardDto.StatusOf(a, clock.UtcNow))).ToList());
    }
}
