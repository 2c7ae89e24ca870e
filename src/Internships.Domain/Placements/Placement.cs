using Internships.Domain.Applications;
using Internships.Domain.Employers;
using Internships.Domain.Postings;
using Internships.Domain.Students;

namespace Internships.Domain.Placements;

/// <summary>
/// A student working an internship they accepted: created by the accepted offer, followed to its end.
/// The wage and the hours it takes are fixed when the offer is accepted.
/// </summary>
public sealed class Placement : Entity, IConcurrencyVersioned
{
    private static readonly PlacementDocumentType[] MinorDocuments =
        [PlacementDocumentType.WorkPermit, PlacementDocumentType.GuardianConsent, PlacementDocumentType.TrainingAgreement];

    private static readonly PlacementDocumentType[] AdultDocuments = [PlacementDocumentType.TrainingAgreement];

    private readonly List<PlacementDocument> _documents = [];

    private Placement() { }

    private Placement(InternshipApplication application, InternshipPosting posting, Student student, DateTime now)
    {
        ApplicationId = application.Id;
        StudentId = student.Id;
        PostingId = posting.Id;
        EmployerId = posting.EmployerId;
        SupervisorId = posting.SupervisorId;
        StartDate = posting.StartDate;
        EndDate = posting.EndDate;
        HourlyWage = posting.HourlyWage;
        RequiredHours = posting.RequiredHours;
        IsMinor = student.IsMinorOn(posting.StartDate);
        Status = PlacementStatus.Pending;
        CreatedAt = now;
    }

    public int ApplicationId { get; private set; }

    public int StudentId { get; private set; }

    public Student? Student { get; private set; }

    public int PostingId { get; private set; }

    public InternshipPosting? Posting { get; private set; }

    public int EmployerId { get; private set; }

    public int? SupervisorId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public decimal HourlyWage { get; private set; }

    /// <summary>Approved hours needed before the placement can be completed.</summary>
    public decimal RequiredHours { get; private set; }

    /// <summary>Under 18 on the start date: the paperwork a minor needs is required.</summary>
    public bool IsMinor { get; private set; }

    public PlacementStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ActivatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyCollection<PlacementDocument> Documents => _documents;

    public IReadOnlyList<PlacementDocumentType> RequiredDocuments => IsMinor ? MinorDocuments : AdultDocuments;

    public IReadOnlyList<PlacementDocumentType> MissingDocuments =>
        RequiredDocuments.Where(required => _documents.All(d => d.Type != required)).ToList();

    /// <summary>An accepted offer becomes a placement.</summary>
    public static Placement ForAcceptedOffer(InternshipApplication application, InternshipPosting posting, Student student, DateTime now)
    {
        if (application.Status != ApplicationStatus.Accepted || application.PostingId != posting.Id || application.StudentId != student.Id)
        {
            throw new ArgumentException("Only an accepted application to this posting, by this student, becomes a placement.", nameof(application));
        }

        return new Placement(application, posting, student, now);
    }

    /// <summary>
    /// Records (or corrects) a verified document, with the signed copy when one is given (a correction without one keeps
    /// the copy it had); the last missing one activates the placement. Answers the file a new copy replaces, if any, for
    /// the caller to delete.
    /// </summary>
    public Guid? RecordDocument(PlacementDocumentType type, DateOnly receivedOn, DateOnly? expiresOn, string verifiedBy, DateTime now, Guid? fileId = null)
    {
        if (Status is PlacementStatus.Completed or PlacementStatus.Ended)
        {
            throw new InvalidStateTransitionException("placement", Describe(Status), "given new documents");
        }

        if (!RequiredDocuments.Contains(type))
        {
            throw new DomainRuleException(RuleKeys.Placements.DocumentNotNeeded, $"An adult's placement does not need a {Words(type)}.", Document(type));
        }

        if (expiresOn is { } expires && expires <= receivedOn)
        {
            throw new DomainRuleException(RuleKeys.Placements.DocumentExpiresTooSoon, $"The {Words(type)} cannot expire before the date on it.",
                Document(type));
        }

        // A correction changes the document in place: replacing it with another object of the same key would make the
        // database delete a replaced file while the row still pointed at it.
        var previous = _documents.FirstOrDefault(d => d.Type == type);
        var replaced = fileId is not null && previous?.FileId is { } old && old != fileId ? old : (Guid?)null;
        if (previous is null)
        {
            _documents.Add(new PlacementDocument(type, receivedOn, expiresOn, fileId, verifiedBy.Trim(), now));
        }
        else
        {
            previous.Correct(receivedOn, expiresOn, fileId ?? previous.FileId, verifiedBy.Trim(), now);
        }

        TryActivate(now);
        return replaced;
    }

    /// <summary>Keeps the signed copy of a document already recorded; answers the file it replaces, if any.</summary>
    public Guid? AttachDocumentFile(PlacementDocumentType type, Guid fileId, string verifiedBy, DateTime now)
    {
        var document = _documents.FirstOrDefault(d => d.Type == type)
            ?? throw new DomainRuleException(RuleKeys.Placements.RecordDocumentFirst, $"Record the {Words(type)} before uploading its signed copy.",
                Document(type));
        return RecordDocument(type, document.ReceivedOn, document.ExpiresOn, verifiedBy, now, fileId);
    }

    /// <summary>Names the supervisor the intern reports to; they must work for the placement's employer.</summary>
    public void AssignSupervisor(Supervisor supervisor, DateTime now)
    {
        if (Status is PlacementStatus.Completed or PlacementStatus.Ended)
        {
            throw new InvalidStateTransitionException("placement", Describe(Status), "given another supervisor");
        }

        if (supervisor.EmployerId != EmployerId || !supervisor.IsActive)
        {
            throw new DomainRuleException(RuleKeys.Placements.SupervisorNotAtEmployer,
                "The supervisor must be an active supervisor at the placement's employer.");
        }

        SupervisorId = supervisor.Id;
        TryActivate(now);
    }

    /// <summary>
    /// What an active placement still needs before it can complete, by key; empty when it can (pages disable the button
    /// and say why from this, so the rule has one home).
    /// </summary>
    public IReadOnlyList<PlacementCompletionNeed> CompletionNeeds(bool hasFinalEvaluation, decimal approvedHours)
    {
        var needs = new List<PlacementCompletionNeed>();
        if (!hasFinalEvaluation)
        {
            needs.Add(PlacementCompletionNeed.FinalEvaluation);
        }

        if (approvedHours < RequiredHours)
        {
            needs.Add(PlacementCompletionNeed.ApprovedHours);
        }

        return needs;
    }

    /// <summary><see cref="CompletionNeeds"/> in the English words <see cref="Complete"/> refuses with.</summary>
    public IReadOnlyList<string> CompletionStillNeeds(bool hasFinalEvaluation, decimal approvedHours) =>
        CompletionReasons(hasFinalEvaluation, approvedHours).Select(r => r.English).ToList();

    private List<RuleMessage> CompletionReasons(bool hasFinalEvaluation, decimal approvedHours) =>
        CompletionNeeds(hasFinalEvaluation, approvedHours).Select(need => need switch
        {
            PlacementCompletionNeed.FinalEvaluation => new RuleMessage(RuleKeys.Placements.FinalEvaluationMissing,
                "The supervisor's final evaluation is not in yet."),
            _ => new RuleMessage(RuleKeys.Placements.HoursMissing,
                $"Only {approvedHours:0.##} of the {RequiredHours:0.##} required hours are approved.", [approvedHours, RequiredHours]),
        }).ToList();

    /// <summary>
    /// Finishes the internship: it must be active, its final evaluation in, and its approved hours must reach what
    /// the posting requires.
    /// </summary>
    public void Complete(bool hasFinalEvaluation, decimal approvedHours, DateTime now)
    {
        if (Status != PlacementStatus.Active)
        {
            throw new InvalidStateTransitionException("placement", Describe(Status), "completed (only an active one can be)");
        }

        if (CompletionReasons(hasFinalEvaluation, approvedHours) is [var first, ..])
        {
            throw new DomainRuleException(first);
        }

        Status = PlacementStatus.Completed;
        CompletedAt = now;
        Raise(new PlacementCompleted(this));
    }

    public void EndEarly(string reason, DateTime now)
    {
        if (Status is not (PlacementStatus.Pending or PlacementStatus.Active))
        {
            throw new InvalidStateTransitionException("placement", Describe(Status), "ended");
        }

        Status = PlacementStatus.Ended;
        EndedAt = now;
        EndReason = reason.Trim();
    }

    public void EnsureActive(string action)
    {
        if (Status != PlacementStatus.Active)
        {
            throw new InvalidStateTransitionException("placement", Describe(Status), action);
        }
    }

    private void TryActivate(DateTime now)
    {
        if (Status == PlacementStatus.Pending && SupervisorId is not null && MissingDocuments.Count == 0)
        {
            Status = PlacementStatus.Active;
            ActivatedAt = now;
            Raise(new PlacementActivated(this));
        }
    }

    private static string Describe(PlacementStatus status) => status.ToString().ToLowerInvariant();

    private static RuleMessage Document(PlacementDocumentType type) => type switch
    {
        PlacementDocumentType.WorkPermit => new(RuleKeys.Placements.WorkPermit, Words(type)),
        PlacementDocumentType.GuardianConsent => new(RuleKeys.Placements.GuardianConsent, Words(type)),
        _ => new(RuleKeys.Placements.TrainingAgreement, Words(type)),
    };

    private static string Words(PlacementDocumentType type) => type switch
    {
        PlacementDocumentType.WorkPermit => "work permit",
        PlacementDocumentType.GuardianConsent => "guardian's consent",
        _ => "training agreement",
    };
}
