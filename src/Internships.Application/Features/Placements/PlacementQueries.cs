using Internships.Domain.Evaluations;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>Reading placements and their timesheets, for the placement use cases and those that act on a placement.</summary>
public static class PlacementQueries
{
    public static async Task<PlacementDto> ReadPlacementAsync(this IAppDbContext db, int placementId, CancellationToken cancellationToken)
    {
        var p = await db.Placements.AsNoTracking()
            .Include(x => x.Student)
            .Include(x => x.Posting!).ThenInclude(x => x.Employer)
            .FirstOrDefaultAsync(x => x.Id == placementId, cancellationToken)
            ?? throw NotFoundException.For("Placement", placementId);
        var supervisor = p.SupervisorId is { } supervisorId
            ? await db.Supervisors.Where(s => s.Id == supervisorId).Select(s => s.FirstName + " " + s.LastName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var hours = await db.ApprovalStatesAsync(placementId, cancellationToken);
        var evaluations = await db.Evaluations.Where(e => e.PlacementId == placementId).Select(e => e.Kind).ToListAsync(cancellationToken);

        var approved = hours.Where(h => h.Status == TimesheetStatus.Approved).Sum(h => h.Hours);
        var active = p.Status == PlacementStatus.Active;
        return new PlacementDto(
            p.Id, p.ApplicationId, p.StudentId, p.Student!.FullName, p.PostingId, p.Posting!.Title, p.EmployerId, p.Posting.Employer!.Name,
            p.SupervisorId, supervisor, p.StartDate, p.EndDate, p.HourlyWage, p.IsMinor, p.Status, p.RequiredDocuments,
            p.Documents.OrderBy(d => d.Type).Select(d => new PlacementDocumentDto(d.Type, d.ReceivedOn, d.ExpiresOn, d.VerifiedBy, d.RecordedAt, d.FileId != null)).ToList(),
            p.MissingDocuments, HoursSummary.Of(p.RequiredHours, p.HourlyWage, hours), evaluations.Order().ToList(),
            p.CreatedAt, p.ActivatedAt, p.CompletedAt, p.EndedAt, p.EndReason, p.Version,
            active ? p.CompletionStillNeeds(evaluations.Contains(EvaluationKind.Final), approved) : [],
            active ? p.CompletionNeeds(evaluations.Contains(EvaluationKind.Final), approved) : []);
    }

    /// <summary>Each entry's state and hours; summed in memory, as SQLite cannot sum decimals.</summary>
    public static async Task<List<(TimesheetStatus Status, decimal Hours)>> ApprovalStatesAsync(this IAppDbContext db, int placementId,
        CancellationToken cancellationToken) =>
        (await db.TimesheetEntries.Where(t => t.PlacementId == placementId).Select(t => new { t.Status, t.Hours }).ToListAsync(cancellationToken))
        .Select(t => (t.Status, t.Hours)).ToList();

    public static async Task<decimal> ApprovedHoursAsync(this IAppDbContext db, int placementId, CancellationToken cancellationToken) =>
        (await db.ApprovalStatesAsync(placementId, cancellationToken)).Where(t => t.Status == TimesheetStatus.Approved).Sum(t => t.Hours);

    /// <summary>Loads a placement to change, with its documents, or says it does not exist.</summary>
    public static async Task<Placement> LoadPlacementAsync(this IAppDbContext db, int placementId, CancellationToken cancellationToken) =>
        await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken)
        ?? throw NotFoundException.For("Placement", placementId);

    /// <summary>Loads a timesheet entry to change, or says it does not exist.</summary>
    public static async Task<TimesheetEntry> LoadTimesheetEntryAsync(this IAppDbContext db, int entryId, CancellationToken cancellationToken) =>
        await db.TimesheetEntries.FirstOrDefaultAsync(t => t.Id == entryId, cancellationToken)
        ?? throw NotFoundException.For("Timesheet entry", entryId);

    /// <summary>
    /// Placements still waiting for required paperwork: pending, with fewer documents than they need (a minor three, an adult
    /// the training agreement; the domain records no other), as <see cref="Placement.MissingDocuments"/> counts them.
    /// </summary>
    public static IQueryable<Placement> MissingPaperwork(this IQueryable<Placement> placements) =>
        placements.Where(p => p.Status == PlacementStatus.Pending && p.Documents.Count < (p.IsMinor ? 3 : 1));

    /// <summary>Placements with hour entries their supervisor has still to approve or return.</summary>
    public static IQueryable<Placement> WithHoursWaiting(this IQueryable<Placement> placements, IAppDbContext db) =>
        placements.Where(p => db.TimesheetEntries.Any(t => t.PlacementId == p.Id && t.Status == TimesheetStatus.Submitted));

    /// <summary>Placements that run during part of the term.</summary>
    public static IQueryable<Placement> During(this IQueryable<Placement> placements, Domain.Terms.Term term) =>
        placements.Where(p => p.StartDate <= term.EndDate && p.EndDate >= term.StartDate);

    /// <summary>The filters of the placements list (and of its export and the dashboard's links), over what the caller may see.</summary>
    public static IQueryable<Placement> Filter(this IQueryable<Placement> placements, IAppDbContext db, PlacementStatus? status, int? employerId,
        Domain.Terms.Term? term, int? schoolId, bool? missingPaperwork, bool? hoursWaiting = null)
    {
        if (hoursWaiting == true)
        {
            placements = placements.WithHoursWaiting(db);
        }

        if (status is { } s)
        {
            placements = placements.Where(p => p.Status == s);
        }

        if (employerId is { } e)
        {
            placements = placements.Where(p => p.EmployerId == e);
        }

        if (term is not null)
        {
            placements = placements.During(term);
        }

        if (schoolId is { } school)
        {
            placements = placements.Where(p => db.Students.Any(x => x.Id == p.StudentId && x.SchoolId == school));
        }

        return missingPaperwork switch
        {
            true => placements.MissingPaperwork(),
            false => placements.Where(p => !(p.Status == PlacementStatus.Pending && p.Documents.Count < (p.IsMinor ? 3 : 1))),
            null => placements,
        };
    }

    /// <summary>The placements the caller may see: coordinators all, an employer admin its own, a supervisor their interns, a student their own.</summary>
    public static IQueryable<Placement> VisibleTo(this IQueryable<Placement> placements, ICurrentUser user)
    {
        if (user.IsInRole(Common.Security.Roles.Coordinator))
        {
            return placements;
        }

        if (user.IsInRole(Common.Security.Roles.EmployerAdmin) && user.EmployerId is { } employerId)
        {
            return placements.Where(p => p.EmployerId == employerId);
        }

        if (user.IsInRole(Common.Security.Roles.Supervisor) && user.SupervisorId is { } supervisorId)
        {
            return placements.Where(p => p.SupervisorId == supervisorId);
        }

        return user.StudentId is { } studentId ? placements.Where(p => p.StudentId == studentId) : placements.Where(_ => false);
    }
}
