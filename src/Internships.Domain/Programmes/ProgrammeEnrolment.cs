namespace Internships.Domain.Programmes;

/// <summary>
/// A participant in a cohort: an account (a trainer, after-school staff, a supervisor: not only students), the
/// organisation they take it for, the fee as staff recorded it, and their progress, requirement by requirement. When
/// the last requirement is met the enrolment completes once and raises <see cref="ProgrammeCompleted"/>, which awards
/// the badge. Every step recorded changes the enrolment itself, so its version serialises concurrent steps: the one
/// that completes it sees all the others.
/// </summary>
public sealed class ProgrammeEnrolment : Entity, IConcurrencyVersioned
{
    public const int MaxNarrativeLength = 2000;
    public const int MaxUrlLength = 500;

    private readonly List<ProgressEntry> _entries = [];

    private ProgrammeEnrolment() { }

    public ProgrammeEnrolment(Cohort cohort, int participantUserId, string participantName, string participantEmail, int? organisationId,
        decimal? fee, DateTime enrolledAt)
    {
        cohort.TakePlace();
        CohortId = cohort.Id;
        ProgrammeId = cohort.ProgrammeId;
        ParticipantUserId = participantUserId;
        ParticipantName = participantName.Trim();
        ParticipantEmail = participantEmail.Trim();
        OrganisationId = organisationId;
        EnrolledAt = enrolledAt;
        Fee = fee is > 0 ? FeeStatus.Owed : FeeStatus.None;
    }

    public long Version { get; private set; }

    public int CohortId { get; private set; }

    public Cohort? Cohort { get; private set; }

    public int ProgrammeId { get; private set; }

    public int ParticipantUserId { get; private set; }

    public string ParticipantName { get; private set; } = "";

    public string ParticipantEmail { get; private set; } = "";

    /// <summary>The organisation (an agency, an employer) whose staff the participant is, for its organisation badges.</summary>
    public int? OrganisationId { get; private set; }

    public DateTime EnrolledAt { get; private set; }

    public FeeStatus Fee { get; private set; }

    public string? FeeRecordedBy { get; private set; }

    public DateTime? FeeRecordedAt { get; private set; }

    /// <summary>How many steps were recorded: every one changes the enrolment, so its version orders them.</summary>
    public int StepsRecorded { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public int? AwardId { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public IReadOnlyList<ProgressEntry> Entries => _entries;

    /// <summary>The key its badge award is filed under: one award per enrolment.</summary>
    public string AwardKey => $"programme:{Id}";

    public void RecordFee(FeeStatus status, string recordedBy, DateTime now)
    {
        Fee = status;
        FeeRecordedBy = recordedBy;
        FeeRecordedAt = now;
    }

    /// <summary>
    /// Records a step against one of the programme's requirements; completes the enrolment when it is the last one
    /// met. Nothing is recorded after completion: the badge shows the steps as they were.
    /// </summary>
    public void Record(Programme programme, ProgrammeRequirement requirement, ProgressEntry entry, DateTime now)
    {
        if (IsCompleted)
        {
            throw new DomainRuleException(RuleKeys.Programmes.RecordClosed, $"{ParticipantName} has completed the programme; its record is closed.", ParticipantName);
        }

        if (requirement.Kind == RequirementKind.Observation && entry.Scores.Count != requirement.Criteria.Count)
        {
            throw new DomainRuleException(RuleKeys.Programmes.ScoreEachCriterionOf, $"Score each of the {requirement.Criteria.Count} criteria from 1 to 4.",
                requirement.Criteria.Count);
        }

        _entries.Add(entry);
        StepsRecorded++;
        if (programme.Requirements.All(r => r.IsMetBy(_entries)))
        {
            CompletedAt = now;
            Raise(new ProgrammeCompleted(this));
        }
    }

    public void RecordAward(int awardId) => AwardId = awardId;

    /// <summary>The professional development hours earned: each requirement's hours once it is met.</summary>
    public decimal PdHoursEarned(Programme programme) => programme.Requirements.Where(r => r.IsMetBy(_entries)).Sum(r => r.PdHours);
}

public enum FeeStatus
{
    /// <summary>The programme has no fee.</summary>
    None,
    Owed,
    Paid,
    Waived,
}

/// <summary>
/// One step recorded: attendance at a session (present or absent), a module finished, a coaching session, an
/// observation with its scores. Who recorded it and when stay with it; it is the badge's evidence.
/// </summary>
public sealed class ProgressEntry
{
    private ProgressEntry() { }

    private ProgressEntry(int requirementId, bool met, DateOnly occurredOn, string? narrative, string? url, IReadOnlyList<int> scores,
        int recordedByUserId, string recordedBy, DateTime recordedAt)
    {
        RequirementId = requirementId;
        Met = met;
        OccurredOn = occurredOn;
        Narrative = string.IsNullOrWhiteSpace(narrative) ? null : narrative.Trim();
        Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        Scores = scores.ToList();
        RecordedByUserId = recordedByUserId;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public static ProgressEntry Attendance(ProgrammeRequirement session, bool present, DateOnly on, int byUserId, string by, DateTime now) =>
        new(session.Id, present, on, null, null, [], byUserId, by, now);

    public static ProgressEntry ModuleCompleted(ProgrammeRequirement module, DateOnly on, string narrative, string? url, int byUserId, string by, DateTime now) =>
        new(module.Id, true, on, narrative, url, [], byUserId, by, now);

    public static ProgressEntry CoachingSession(ProgrammeRequirement coaching, DateOnly on, string? notes, int byUserId, string by, DateTime now) =>
        new(coaching.Id, true, on, notes, null, [], byUserId, by, now);

    public static ProgressEntry Observed(ProgrammeRequirement observation, DateOnly on, IReadOnlyList<int> scores, string? notes, int byUserId, string by,
        DateTime now)
    {
        if (scores.Any(s => s is < ProgrammeRequirement.MinScore or > ProgrammeRequirement.MaxScore))
        {
            throw new DomainRuleException(RuleKeys.Programmes.ScoreEachCriterion, "Score each criterion from 1 to 4.");
        }

        return new(observation.Id, scores.Sum() >= observation.PassingScore, on, notes, null, scores, byUserId, by, now);
    }

    public int Id { get; private set; }

    public int EnrolmentId { get; private set; }

    public int RequirementId { get; private set; }

    /// <summary>Present, finished, held, passed.</summary>
    public bool Met { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string? Narrative { get; private set; }

    public string? Url { get; private set; }

    /// <summary>An observation's scores, one per criterion in the rubric's order.</summary>
    public List<int> Scores { get; private set; } = [];

    public int RecordedByUserId { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }
}

public sealed record ProgrammeCompleted(ProgrammeEnrolment Enrolment) : IDomainEvent;
