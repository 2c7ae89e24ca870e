namespace Internships.Domain.Programmes;

/// <summary>
/// One running of a programme: its dates, how many may enrol, and the accounts that train, coach and observe its
/// participants (they act only on their own cohorts).
/// </summary>
public sealed class Cohort : Entity, IConcurrencyVersioned
{
    private Cohort() { }

    public Cohort(int programmeId, CohortDetails details)
    {
        ProgrammeId = programmeId;
        Update(details);
    }

    public long Version { get; private set; }

    public int ProgrammeId { get; private set; }

    public Programme? Programme { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>How many have enrolled: every enrolment changes the cohort, so its version keeps it within capacity.</summary>
    public int Enrolled { get; private set; }

    public int? TrainerUserId { get; private set; }

    public int? CoachUserId { get; private set; }

    public int? ObserverUserId { get; private set; }

    public void Update(CohortDetails details)
    {
        if (details.Capacity < Enrolled)
        {
            throw new DomainRuleException(RuleKeys.Programmes.CapacityBelowEnrolled, $"{Enrolled} are enrolled already: the capacity cannot be less.", Enrolled);
        }

        if (details.EndsOn < details.StartsOn)
        {
            throw new DomainRuleException(RuleKeys.Programmes.CohortEndsBeforeStart, "A cohort ends on or after the day it starts.");
        }

        Name = details.Name.Trim();
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        Capacity = details.Capacity;
        TrainerUserId = details.TrainerUserId;
        CoachUserId = details.CoachUserId;
        ObserverUserId = details.ObserverUserId;
    }

    /// <summary>Takes one of the cohort's places, or refuses when none is left.</summary>
    public void TakePlace()
    {
        if (Enrolled >= Capacity)
        {
            throw new DomainRuleException(RuleKeys.Programmes.CohortFull, $"'{Name}' is full: all {Capacity} places are taken.", Name, Capacity);
        }

        Enrolled++;
    }

    /// <summary>Whether the account trains, coaches or observes this cohort.</summary>
    public bool IsStaffedBy(int userId) => TrainerUserId == userId || CoachUserId == userId || ObserverUserId == userId;

    /// <summary>Who records a kind of requirement for this cohort's participants (online modules: the participant).</summary>
    public int? RecorderOf(RequirementKind kind) => kind switch
    {
        RequirementKind.Session => TrainerUserId,
        RequirementKind.Coaching => CoachUserId,
        RequirementKind.Observation => ObserverUserId,
        _ => null,
    };
}

public sealed record CohortDetails(string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int? TrainerUserId, int? CoachUserId, int? ObserverUserId);
