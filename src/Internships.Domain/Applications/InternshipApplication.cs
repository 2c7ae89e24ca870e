using Internships.Domain.Postings;
using Internships.Domain.Students;

namespace Internships.Domain.Applications;

/// <summary>A student's application to a posting, ranked among their other choices.</summary>
public sealed class InternshipApplication : Entity, IConcurrencyVersioned
{
    private const string PlacesFilledBeforeAcceptance = "Every place in this internship was filled before you accepted.";

    private InternshipApplication() { }

    private InternshipApplication(int postingId, int studentId, string statement, int rank, DateTime now)
    {
        PostingId = postingId;
        StudentId = studentId;
        Statement = statement.Trim();
        Rank = rank;
        Status = ApplicationStatus.Submitted;
        SubmittedAt = now;
        StatusChangedAt = now;
    }

    public int PostingId { get; private set; }

    public InternshipPosting? Posting { get; private set; }

    public int StudentId { get; private set; }

    public Student? Student { get; private set; }

    public string Statement { get; private set; } = "";

    /// <summary>Whether the student, applying, agreed that the posting's employer may see the badges they hold (off unless ticked).</summary>
    public bool SharesBadges { get; private set; }

    /// <summary>The student's consent, given when applying, to show the posting's employer their badges.</summary>
    public void ShareBadgesWithEmployer(bool consent) => SharesBadges = consent;

    /// <summary>The student's preference among their applications, 1 being their first choice.</summary>
    public int Rank { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime StatusChangedAt { get; private set; }

    /// <summary>The employer's reason, shown to the student, when the application is rejected.</summary>
    public string? DecisionNote { get; private set; }

    public long Version { get; private set; }

    /// <summary>Whether the application is still in play (not yet decided, withdrawn or rejected).</summary>
    public bool IsPending => Status is ApplicationStatus.Submitted or ApplicationStatus.UnderReview or ApplicationStatus.Offered;

    /// <summary>
    /// A student applies to a posting that takes applications today and that they are eligible for.
    /// The caller has checked that they have not applied to it before.
    /// </summary>
    public static InternshipApplication Submit(InternshipPosting posting, Student student, IEnumerable<int> activePathwayIds,
        string statement, int rank, DateOnly today, DateTime now, IReadOnlySet<int>? heldBadgeIds = null)
    {
        if (!posting.AcceptsApplicationsOn(today))
        {
            throw posting.Status == PostingStatus.Open
                ? new DomainRuleException(RuleKeys.Applications.DeadlinePassed,
                    $"Applications for this posting closed on {Days.Written(posting.ApplicationDeadline)}.", posting.ApplicationDeadline)
                : new DomainRuleException(RuleKeys.Applications.NotTakingApplications, "This posting is not taking applications.");
        }

        var problems = posting.EligibilityReasons(student, activePathwayIds, heldBadgeIds);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(RuleKeys.Applications.NotEligible,
                "You are not eligible for this posting: " + string.Join(" ", problems.Select(p => p.English)), problems);
        }

        var application = new InternshipApplication(posting.Id, student.Id, statement, rank, now);
        application.Raise(new ApplicationSubmitted(application));
        return application;
    }

    /// <summary>
    /// A matching round placed the student in this posting and the student had not applied to it directly: the
    /// round's ranking stands for the application, and the place is offered at once. Eligibility was checked when
    /// the student ranked the posting.
    /// </summary>
    public static InternshipApplication OfferFromMatch(InternshipPosting posting, int studentId, string roundName, int choiceNumber, DateTime now)
    {
        if (posting.Status != PostingStatus.Open)
        {
            var state = posting.Status.ToString().ToLowerInvariant();
            throw new DomainRuleException(RuleKeys.Applications.NamedPostingCannotOffer, $"'{posting.Title}' is {state}; it cannot make new offers.",
                posting.Title, RuleMessage.Word("State", state));
        }

        var application = new InternshipApplication(posting.Id, studentId, $"Placed by the matching round '{roundName}' (choice {choiceNumber}).", choiceNumber, now)
        {
            Status = ApplicationStatus.Offered,
        };
        application.Raise(new OfferMade(application));
        return application;
    }

    public void StartReview(DateTime now) => Move(ApplicationStatus.UnderReview, "moved to review", now, ApplicationStatus.Submitted);

    public void Reject(string? note, DateTime now)
    {
        Move(ApplicationStatus.Rejected, "rejected", now, ApplicationStatus.Submitted, ApplicationStatus.UnderReview);
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public void MakeOffer(InternshipPosting posting, DateTime now)
    {
        EnsureSamePosting(posting);
        if (posting.Status != PostingStatus.Open)
        {
            var state = posting.Status.ToString().ToLowerInvariant();
            throw new DomainRuleException(RuleKeys.Applications.PostingCannotOffer, $"The posting is {state}; it cannot make new offers.",
                RuleMessage.Word("State", state));
        }

        Move(ApplicationStatus.Offered, "offered a place", now, ApplicationStatus.Submitted, ApplicationStatus.UnderReview);
        Raise(new OfferMade(this));
    }

    /// <summary>The student takes the offered place; this fills one of the posting's slots.</summary>
    public void AcceptOffer(InternshipPosting posting, DateTime now)
    {
        EnsureSamePosting(posting);
        if (Status == ApplicationStatus.Rejected && DecisionNote == PlacesFilledBeforeAcceptance)
        {
            // The usual way to get here: another student took the last place a moment earlier.
            throw new DomainRuleException(RuleKeys.Applications.PlacesFilled, PlacesFilledBeforeAcceptance);
        }

        EnsureIn("accepted", ApplicationStatus.Offered);
        posting.FillSlot();
        Move(ApplicationStatus.Accepted, "accepted", now, ApplicationStatus.Offered);
        Raise(new OfferAccepted(this));
    }

    public void DeclineOffer(DateTime now)
    {
        Move(ApplicationStatus.Declined, "declined", now, ApplicationStatus.Offered);
        Raise(new OfferDeclined(this));
    }

    public void Withdraw(DateTime now) =>
        Move(ApplicationStatus.Withdrawn, "withdrawn", now,
            ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Offered);

    /// <summary>
    /// Closes an application still in play because its posting stopped taking applicants: waiting ones, and offers
    /// not yet accepted (they could never be), so no student is left holding an offer for a place that is gone.
    /// </summary>
    public void CloseBecausePostingStopped(PostingStatus postingStatus, DateTime now)
    {
        if (!IsPending)
        {
            return;
        }

        var wasOffered = Status == ApplicationStatus.Offered;
        Move(ApplicationStatus.Rejected, "rejected", now, ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Offered);
        DecisionNote = (postingStatus, wasOffered) switch
        {
            (PostingStatus.Filled, true) => PlacesFilledBeforeAcceptance,
            (PostingStatus.Filled, false) => "Every place in this internship has been filled.",
            (_, true) => "The employer closed this posting before you accepted.",
            _ => "The employer closed this posting.",
        };
    }

    public void ChangeRank(int rank)
    {
        if (rank < 1)
        {
            throw new DomainRuleException(RuleKeys.Applications.RankStartsAtOne, "A rank starts at 1.");
        }

        Rank = rank;
    }

    private void Move(ApplicationStatus to, string action, DateTime now, params ApplicationStatus[] allowedFrom)
    {
        EnsureIn(action, allowedFrom);
        var from = Status;
        Status = to;
        StatusChangedAt = now;
        Raise(new ApplicationStatusChanged(this, from, to));
    }

    private void EnsureIn(string action, params ApplicationStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new InvalidStateTransitionException("application", Describe(Status), action);
        }
    }

    private void EnsureSamePosting(InternshipPosting posting)
    {
        if (posting.Id != PostingId)
        {
            throw new ArgumentException("The posting is not the one applied to.", nameof(posting));
        }
    }

    private static string Describe(ApplicationStatus status) => status switch
    {
        ApplicationStatus.UnderReview => "under review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
