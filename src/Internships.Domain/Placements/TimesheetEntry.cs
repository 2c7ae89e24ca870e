namespace Internships.Domain.Placements;

public enum TimesheetStatus
{
    Submitted,
    Approved,
    Returned,
}

/// <summary>Hours a student worked on a day and what they did; their supervisor approves or returns them.</summary>
public sealed class TimesheetEntry : Entity, IConcurrencyVersioned
{
    public const decimal MaxHoursPerDay = 12m;

    private TimesheetEntry() { }

    private TimesheetEntry(int placementId, DateOnly workDate, decimal hours, string tasks, DateTime now)
    {
        PlacementId = placementId;
        Status = TimesheetStatus.Submitted;
        SubmittedAt = now;
        Set(workDate, hours, tasks);
    }

    public int PlacementId { get; private set; }

    public DateOnly WorkDate { get; private set; }

    public decimal Hours { get; private set; }

    /// <summary>What the student did: this becomes the "tasks performed" evidence of their badge.</summary>
    public string Tasks { get; private set; } = "";

    public TimesheetStatus Status { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public int? ReviewedBySupervisorId { get; private set; }

    public string? ReviewNote { get; private set; }

    /// <summary>Who approved it for the supervisor when they could not (a coordinator's account name); null otherwise.</summary>
    public string? ReviewedOnBehalfBy { get; private set; }

    public long Version { get; private set; }

    /// <summary>Logs a day's work on an active placement, within its dates and not in the future.</summary>
    public static TimesheetEntry Log(Placement placement, DateOnly workDate, decimal hours, string tasks, DateOnly today, DateTime now)
    {
        placement.EnsureActive("given hours");
        EnsureWithinPlacement(placement, workDate, today);
        return new TimesheetEntry(placement.Id, workDate, hours, tasks, now);
    }

    /// <summary>The student corrects an entry not yet approved; a returned one goes back for approval.</summary>
    public void Correct(Placement placement, DateOnly workDate, decimal hours, string tasks, DateOnly today, DateTime now)
    {
        if (Status == TimesheetStatus.Approved)
        {
            throw new InvalidStateTransitionException("timesheet entry", "approved", "changed");
        }

        placement.EnsureActive("given hours");
        EnsureWithinPlacement(placement, workDate, today);
        Set(workDate, hours, tasks);
        Status = TimesheetStatus.Submitted;
        SubmittedAt = now;
        ReviewNote = null;
    }

    public void Approve(int supervisorId, DateTime now) => Review(TimesheetStatus.Approved, supervisorId, null, now);

    /// <summary>A coordinator approves the hours for the intern's supervisor, who could not; the entry says who did.</summary>
    public void ApproveOnBehalf(int supervisorId, string recordedBy, DateTime now)
    {
        Review(TimesheetStatus.Approved, supervisorId, null, now);
        ReviewedOnBehalfBy = recordedBy.Trim();
    }

    public void Return(int supervisorId, string note, DateTime now) => Review(TimesheetStatus.Returned, supervisorId, note.Trim(), now);

    private void Review(TimesheetStatus outcome, int supervisorId, string? note, DateTime now)
    {
        if (Status != TimesheetStatus.Submitted)
        {
            throw new InvalidStateTransitionException("timesheet entry", Status.ToString().ToLowerInvariant(),
                outcome == TimesheetStatus.Approved ? "approved" : "returned");
        }

        Status = outcome;
        ReviewedAt = now;
        ReviewedBySupervisorId = supervisorId;
        ReviewNote = note;
    }

    private void Set(DateOnly workDate, decimal hours, string tasks)
    {
        if (hours <= 0 || hours > MaxHoursPerDay)
        {
            throw new DomainRuleException(RuleKeys.Timesheets.HoursPerDay, $"A day's entry is more than 0 and at most {MaxHoursPerDay} hours.",
                MaxHoursPerDay);
        }

        WorkDate = workDate;
        Hours = hours;
        Tasks = tasks.Trim();
    }

    private static void EnsureWithinPlacement(Placement placement, DateOnly workDate, DateOnly today)
    {
        if (workDate > today)
        {
            throw new DomainRuleException(RuleKeys.Timesheets.FutureDay, "Hours cannot be logged for a day that has not happened yet.");
        }

        if (workDate < placement.StartDate || workDate > placement.EndDate)
        {
            throw new DomainRuleException(RuleKeys.Timesheets.OutsidePlacement,
                $"The placement runs from {Days.Written(placement.StartDate)} to {Days.Written(placement.EndDate)}.", placement.StartDate, placement.EndDate);
        }
    }
}
