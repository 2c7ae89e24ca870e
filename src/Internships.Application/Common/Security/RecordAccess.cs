using Internships.Domain.Postings;

namespace Internships.Application.Common.Security;

/// <summary>
/// Who may see or change which records. A record the caller may see but not change answers 403; a record the
/// caller may not even know about (another organisation's draft, another student's application) answers 404.
/// Coordinators work district-wide.
/// </summary>
public sealed class RecordAccess(IAppDbContext db, ICurrentUser user)
{
    private bool IsCoordinator => user.IsInRole(Roles.Coordinator);

    private bool IsEmployerStaff(int employerId) =>
        user.EmployerId == employerId && (user.IsInRole(Roles.EmployerAdmin) || user.IsInRole(Roles.Supervisor));

    private bool IsEmployerAdmin(int employerId) => user.EmployerId == employerId && user.IsInRole(Roles.EmployerAdmin);

    public async ValueTask<AccessDecision> ToViewEmployerAsync(int employerId, CancellationToken cancellationToken)
    {
        if (!await db.Employers.AnyAsync(e => e.Id == employerId, cancellationToken))
        {
            return AccessDecision.NotFound;
        }

        return IsCoordinator || IsEmployerStaff(employerId) ? AccessDecision.Allow : AccessDecision.Forbid;
    }

    public async ValueTask<AccessDecision> ToManageEmployerAsync(int employerId, CancellationToken cancellationToken)
    {
        if (!await db.Employers.AnyAsync(e => e.Id == employerId, cancellationToken))
        {
            return AccessDecision.NotFound;
        }

        return IsCoordinator || IsEmployerAdmin(employerId) ? AccessDecision.Allow : AccessDecision.Forbid;
    }

    public async ValueTask<AccessDecision> ToManageSupervisorAsync(int supervisorId, CancellationToken cancellationToken)
    {
        var employerId = await db.Supervisors.Where(s => s.Id == supervisorId).Select(s => (int?)s.EmployerId)
            .FirstOrDefaultAsync(cancellationToken);
        if (employerId is null)
        {
            return AccessDecision.NotFound;
        }

        return IsCoordinator || IsEmployerAdmin(employerId.Value) ? AccessDecision.Allow : AccessDecision.NotFound;
    }

    public async ValueTask<AccessDecision> ToViewPostingAsync(int postingId, CancellationToken cancellationToken)
    {
        var posting = await FindPostingAsync(postingId, cancellationToken);
        if (posting is null)
        {
            return AccessDecision.NotFound;
        }

        return IsPublished(posting.Status) || IsCoordinator || IsEmployerStaff(posting.EmployerId)
            ? AccessDecision.Allow
            : AccessDecision.NotFound;
    }

    public async ValueTask<AccessDecision> ToManagePostingAsync(int postingId, CancellationToken cancellationToken)
    {
        var posting = await FindPostingAsync(postingId, cancellationToken);
        if (posting is null)
        {
            return AccessDecision.NotFound;
        }

        if (IsCoordinator || IsEmployerAdmin(posting.EmployerId))
        {
            return AccessDecision.Allow;
        }

        return IsPublished(posting.Status) || IsEmployerStaff(posting.EmployerId) ? AccessDecision.Forbid : AccessDecision.NotFound;
    }

    /// <summary>A student acting on their own application.</summary>
    public async ValueTask<AccessDecision> ToActAsApplicantAsync(int applicationId, CancellationToken cancellationToken)
    {
        var studentId = await db.Applications.Where(a => a.Id == applicationId).Select(a => (int?)a.StudentId)
            .FirstOrDefaultAsync(cancellationToken);
        return studentId is not null && studentId == user.StudentId ? AccessDecision.Allow : AccessDecision.NotFound;
    }

    /// <summary>The posting's employer admin (or a coordinator) deciding on an application.</summary>
    public async ValueTask<AccessDecision> ToDecideApplicationAsync(int applicationId, CancellationToken cancellationToken)
    {
        var employerId = await db.Applications.Where(a => a.Id == applicationId).Select(a => (int?)a.Posting!.EmployerId)
            .FirstOrDefaultAsync(cancellationToken);
        if (employerId is null)
        {
            return AccessDecision.NotFound;
        }

        return IsCoordinator || IsEmployerAdmin(employerId.Value) ? AccessDecision.Allow : AccessDecision.NotFound;
    }

    public async ValueTask<AccessDecision> ToViewApplicationAsync(int applicationId, CancellationToken cancellationToken)
    {
        var owner = await db.Applications.Where(a => a.Id == applicationId)
            .Select(a => new { a.StudentId, a.Posting!.EmployerId })
            .FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return AccessDecision.NotFound;
        }

        return IsCoordinator || owner.StudentId == user.StudentId || IsEmployerAdmin(owner.EmployerId)
            ? AccessDecision.Allow
            : AccessDecision.NotFound;
    }

    public async ValueTask<AccessDecision> ToViewStudentAsync(int studentId, CancellationToken cancellationToken)
    {
        if (!IsCoordinator && user.StudentId != studentId)
        {
            return AccessDecision.NotFound;
        }

        return await db.Students.AnyAsync(s => s.Id == studentId, cancellationToken) ? AccessDecision.Allow : AccessDecision.NotFound;
    }

    /// <summary>The intern, their employer's admins, their supervisor, and coordinators.</summary>
    public async ValueTask<AccessDecision> ToViewPlacementAsync(int placementId, CancellationToken cancellationToken) =>
        CanView(await FindPlacementAsync(placementId, cancellationToken)) ? AccessDecision.Allow : AccessDecision.NotFound;

    /// <summary>The placement's own supervisor, and nobody else (others who may see the placement get 403).</summary>
    public async ValueTask<AccessDecision> ToSuperviseAsync(int placementId, CancellationToken cancellationToken)
    {
        var placement = await FindPlacementAsync(placementId, cancellationToken);
        if (placement is not null && user.IsInRole(Roles.Supervisor) && user.SupervisorId is { } me && placement.SupervisorId == me)
        {
            return AccessDecision.Allow;
        }

        return CanView(placement) ? AccessDecision.Forbid : AccessDecision.NotFound;
    }

    /// <summary>
    /// The placement's own supervisor, or a coordinator standing in for them when they cannot (what a coordinator does is
    /// recorded as done on the supervisor's behalf); others who may see the placement get 403.
    /// </summary>
    public async ValueTask<AccessDecision> ToSuperviseOrStandInAsync(int placementId, CancellationToken cancellationToken)
    {
        var placement = await FindPlacementAsync(placementId, cancellationToken);
        if (placement is not null && IsCoordinator)
        {
            return AccessDecision.Allow;
        }

        return await ToSuperviseAsync(placementId, cancellationToken);
    }

    /// <summary>The intern themself (they log their hours).</summary>
    public async ValueTask<AccessDecision> ToActAsInternAsync(int placementId, CancellationToken cancellationToken)
    {
        var placement = await FindPlacementAsync(placementId, cancellationToken);
        if (placement is not null && user.IsInRole(Roles.Student) && placement.StudentId == user.StudentId)
        {
            return AccessDecision.Allow;
        }

        return CanView(placement) ? AccessDecision.Forbid : AccessDecision.NotFound;
    }

    /// <summary>Coordinators, and the admins of the placement's employer.</summary>
    public async ValueTask<AccessDecision> ToManagePlacementAsync(int placementId, CancellationToken cancellationToken)
    {
        var placement = await FindPlacementAsync(placementId, cancellationToken);
        if (placement is not null && (IsCoordinator || IsEmployerAdmin(placement.EmployerId)))
        {
            return AccessDecision.Allow;
        }

        return CanView(placement) ? AccessDecision.Forbid : AccessDecision.NotFound;
    }

    /// <summary>Coordinators and the placement's supervisor may complete it.</summary>
    public async ValueTask<AccessDecision> ToCompletePlacementAsync(int placementId, CancellationToken cancellationToken)
    {
        var placement = await FindPlacementAsync(placementId, cancellationToken);
        if (placement is not null && (IsCoordinator || (user.IsInRole(Roles.Supervisor) && user.SupervisorId is { } me && placement.SupervisorId == me)))
        {
            return AccessDecision.Allow;
        }

        return CanView(placement) ? AccessDecision.Forbid : AccessDecision.NotFound;
    }

    /// <summary>The placement a timesheet entry belongs to, for the placement rules above.</summary>
    public Task<int?> PlacementOfTimesheetEntryAsync(int entryId, CancellationToken cancellationToken) =>
        db.TimesheetEntries.Where(t => t.Id == entryId).Select(t => (int?)t.PlacementId).FirstOrDefaultAsync(cancellationToken);

    private bool CanView(PlacementOwner? placement) =>
        placement is not null
        && (IsCoordinator
            || (user.IsInRole(Roles.Student) && placement.StudentId == user.StudentId)
            || IsEmployerAdmin(placement.EmployerId)
            || (user.IsInRole(Roles.Supervisor) && user.SupervisorId is { } me && placement.SupervisorId == me));

    private Task<PlacementOwner?> FindPlacementAsync(int placementId, CancellationToken cancellationToken) =>
        db.Placements.Where(p => p.Id == placementId)
            .Select(p => new PlacementOwner(p.StudentId, p.EmployerId, p.SupervisorId))
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record PlacementOwner(int StudentId, int EmployerId, int? SupervisorId);

    private Task<PostingOwner?> FindPostingAsync(int postingId, CancellationToken cancellationToken) =>
        db.Postings.Where(p => p.Id == postingId).Select(p => new PostingOwner(p.EmployerId, p.Status)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Once a coordinator has opened a posting, everyone signed in may see it, even after it fills or closes.</summary>
    private static bool IsPublished(PostingStatus status) => status is PostingStatus.Open or PostingStatus.Filled or PostingStatus.Closed;

    private sealed record PostingOwner(int EmployerId, PostingStatus Status);
}
