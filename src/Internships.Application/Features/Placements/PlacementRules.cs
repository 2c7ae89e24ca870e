using Internships.Domain.Common;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>How many hours a day's entries may add up to, whether logged or corrected.</summary>
internal static class DailyLimit
{
    /// <summary>A day's entries (those not returned) add up to at most the daily maximum.</summary>
    public static async Task EnsureRoomAsync(IAppDbContext db, int placementId, DateOnly workDate, decimal hours, int? exceptEntryId,
        CancellationToken cancellationToken)
    {
        var logged = (await db.TimesheetEntries
                .Where(t => t.PlacementId == placementId && t.WorkDate == workDate && t.Status != TimesheetStatus.Returned && t.Id != exceptEntryId)
                .Select(t => t.Hours)
                .ToListAsync(cancellationToken))
            .Sum();
        if (logged + hours > TimesheetEntry.MaxHoursPerDay)
        {
            throw new ConflictException(RuleKeys.Timesheets.DayTotal,
                $"That would make {logged + hours:0.##} hours on {Days.Written(workDate)}; a day has at most {TimesheetEntry.MaxHoursPerDay}.",
                logged + hours, workDate, TimesheetEntry.MaxHoursPerDay);
        }
    }
}

/// <summary>How an hour entry is approved, alone or with others: by the intern's own supervisor, or by a coordinator on their behalf.</summary>
internal static class HoursApproval
{
    public static void Approve(TimesheetEntry entry, Placement placement, ICurrentUser user, DateTime now)
    {
        if (user.IsInRole(Roles.Supervisor) && user.SupervisorId is { } me && placement.SupervisorId == me)
        {
            entry.Approve(me, now);
            return;
        }

        var supervisorId = placement.SupervisorId
            ?? throw new DomainRuleException(RuleKeys.Timesheets.NoSupervisorToApproveFor, "The placement has no supervisor to approve hours on behalf of.");
        entry.ApproveOnBehalf(supervisorId, user.AccountName(), now);
    }
}

internal static class TimesheetAccess
{
    /// <summary>Who may act on a timesheet entry: whom <paramref name="rule"/> allows on its placement; nobody when there is no such entry.</summary>
    public static async ValueTask<AccessDecision> ForEntryAsync(this RecordAccess access, int entryId,
        Func<int, CancellationToken, ValueTask<AccessDecision>> rule, CancellationToken cancellationToken) =>
        await access.PlacementOfTimesheetEntryAsync(entryId, cancellationToken) is { } placementId
            ? await rule(placementId, cancellationToken)
            : AccessDecision.NotFound;
}
