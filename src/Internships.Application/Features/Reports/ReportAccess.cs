using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// Who may see a report: a placement report whoever may see the placement (the intern, their employer's admins, their
/// supervisor, coordinators); a term summary coordinators only. Anyone else is told it does not exist (404).
/// </summary>
public static class ReportAccess
{
    public static async ValueTask<AccessDecision> ToViewReportAsync(IAppDbContext db, ICurrentUser user, RecordAccess access, int reportId,
        CancellationToken cancellationToken)
    {
        var report = await db.Reports.Where(r => r.Id == reportId).Select(r => new { r.Kind, r.PlacementId }).FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return AccessDecision.NotFound;
        }

        if (user.IsInRole(Roles.Coordinator))
        {
            return AccessDecision.Allow;
        }

        return report is { Kind: ReportKind.Placement, PlacementId: { } placementId }
            ? await access.ToViewPlacementAsync(placementId, cancellationToken)
            : AccessDecision.NotFound;
    }

    /// <summary>The reports the caller may see, as <see cref="ToViewReportAsync"/> decides one by one.</summary>
    public static IQueryable<Report> VisibleTo(this IQueryable<Report> reports, IAppDbContext db, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return reports;
        }

        var placements = db.Placements.AsQueryable();
        if (user.IsInRole(Roles.EmployerAdmin) && user.EmployerId is { } employerId)
        {
            placements = placements.Where(p => p.EmployerId == employerId);
        }
        else if (user.IsInRole(Roles.Supervisor) && user.SupervisorId is { } supervisorId)
        {
            placements = placements.Where(p => p.SupervisorId == supervisorId);
        }
        else if (user.IsInRole(Roles.Student) && user.StudentId is { } studentId)
        {
            placements = placements.Where(p => p.StudentId == studentId);
        }
        else
        {
            return reports.Where(_ => false);
        }

        var ids = placements.Select(p => p.Id);
        return reports.Where(r => r.Kind == ReportKind.Placement && r.PlacementId != null && ids.Contains(r.PlacementId.Value));
    }
}
