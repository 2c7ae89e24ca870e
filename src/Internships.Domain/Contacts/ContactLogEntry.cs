namespace Internships.Domain.Contacts;

/// <summary>How a coordinator was in touch.</summary>
public enum ContactKind
{
    SiteVisit,
    PhoneCall,
    Email,
    Meeting,
    VideoCall,
    Other,
}

/// <summary>Who took part, besides the coordinator (several at once).</summary>
[Flags]
public enum ContactParties
{
    None = 0,
    Student = 1,
    Supervisor = 2,
    Guardian = 4,
    EmployerStaff = 8,
}

/// <summary>
/// A coordinator's visit to a worksite or contact with a student, supervisor or guardian: when, how, with whom, what was
/// said, and a follow-up to do by a day, marked done when it is. About a placement (the usual case) or a student alone.
/// </summary>
public sealed class ContactLogEntry : Entity
{
    public const int MaxNotesLength = 4000;

    private ContactLogEntry() { }

    public ContactLogEntry(int? placementId, int studentId, int? employerId, DateOnly occurredOn, ContactKind kind, ContactParties parties,
        string? people, string notes, string? followUp, DateOnly? followUpDueOn, string recordedBy, int? recordedByUserId, DateTime now)
    {
        PlacementId = placementId;
        StudentId = studentId;
        EmployerId = employerId;
        RecordedBy = recordedBy;
        RecordedByUserId = recordedByUserId;
        RecordedAt = now;
        Update(occurredOn, kind, parties, people, notes, followUp, followUpDueOn);
    }

    public int? PlacementId { get; private set; }

    public int StudentId { get; private set; }

    /// <summary>The worksite's employer, when the contact is about a placement.</summary>
    public int? EmployerId { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public ContactKind Kind { get; private set; }

    public ContactParties Parties { get; private set; }

    /// <summary>The names of the people met or spoken to, as the coordinator wrote them.</summary>
    public string? People { get; private set; }

    public string Notes { get; private set; } = "";

    /// <summary>What is to be done next, if anything.</summary>
    public string? FollowUp { get; private set; }

    public DateOnly? FollowUpDueOn { get; private set; }

    public DateOnly? FollowUpDoneOn { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public int? RecordedByUserId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public bool HasOpenFollowUp => FollowUp is not null && FollowUpDoneOn is null;

    public void Update(DateOnly occurredOn, ContactKind kind, ContactParties parties, string? people, string notes, string? followUp,
        DateOnly? followUpDueOn)
    {
        var next = string.IsNullOrWhiteSpace(followUp) ? null : followUp.Trim();
        if (next is null != followUpDueOn is null)
        {
            throw new DomainRuleException(RuleKeys.Contacts.FollowUpNeedsBoth, "A follow-up needs both what to do and the day it is due.");
        }

        if (followUpDueOn < occurredOn)
        {
            throw new DomainRuleException(RuleKeys.Contacts.FollowUpBeforeContact, "A follow-up cannot be due before the contact it follows.");
        }

        OccurredOn = occurredOn;
        Kind = kind;
        Parties = parties;
        People = string.IsNullOrWhiteSpace(people) ? null : people.Trim();
        Notes = notes.Trim();
        FollowUp = next;
        FollowUpDueOn = followUpDueOn;
        if (next is null)
        {
            FollowUpDoneOn = null;
        }
    }

    /// <summary>Marks the follow-up done on <paramref name="doneOn"/>.</summary>
    public void CompleteFollowUp(DateOnly doneOn)
    {
        if (FollowUp is null)
        {
            throw new DomainRuleException(RuleKeys.Contacts.NoFollowUp, "This contact has no follow-up to mark done.");
        }

        if (FollowUpDoneOn is not null)
        {
            throw new InvalidStateTransitionException("follow-up", "done", "marked done again");
        }

        FollowUpDoneOn = doneOn;
    }
}
