using Internships.Domain.Employers;
using Internships.Domain.Students;

namespace Internships.Domain.Postings;

/// <summary>A paid position an employer offers to students, vetted by the district before it opens.</summary>
public sealed class InternshipPosting : Entity, IConcurrencyVersioned, IPostingSortKeys
{
    private readonly List<PostingPathway> _pathways = [];
    private readonly List<PostingRequiredBadge> _requiredBadges = [];

    private InternshipPosting() { }

    public InternshipPosting(int employerId, PostingDetails details, DateTime createdAt)
    {
        EmployerId = employerId;
        Status = PostingStatus.Draft;
        CreatedAt = createdAt;
        Apply(details);
    }

    public int EmployerId { get; private set; }

    public Employer? Employer { get; private set; }

    /// <summary>The supervisor interns will usually report to; a placement may name another.</summary>
    public int? SupervisorId { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public decimal HourlyWage { get; private set; }

    public decimal HoursPerWeek { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public int Slots { get; private set; }

    /// <summary>Accepted offers so far; never more than <see cref="Slots"/>.</summary>
    public int FilledSlots { get; private set; }

    public string? Location { get; private set; }

    public bool IsRemote { get; private set; }

    public DateOnly ApplicationDeadline { get; private set; }

    /// <summary>Grades that may apply, as a <see cref="Postings.GradeMask"/>.</summary>
    public int EligibleGradeMask { get; private set; }

    public int? MinimumAge { get; private set; }

    /// <summary>Approved hours a placement in this posting needs before it can be completed.</summary>
    public decimal RequiredHours { get; private set; }

    public PostingStatus Status { get; private set; }

    /// <summary>Why a coordinator last returned the posting to its employer; cleared on the next submission.</summary>
    public string? ReturnReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? OpenedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyCollection<PostingPathway> Pathways => _pathways;

    public IReadOnlyCollection<PostingRequiredBadge> RequiredBadges => _requiredBadges;

    public IReadOnlyList<int> EligibleGrades => GradeMask.ToGrades(EligibleGradeMask);

    public int RemainingSlots => Slots - FilledSlots;

    public void Edit(PostingDetails details)
    {
        if (Status != PostingStatus.Draft)
        {
            throw new InvalidStateTransitionException("posting", Describe(Status), "edited (only a draft can be)");
        }

        Apply(details);
    }

    public void Submit(DateTime now)
    {
        Require(PostingStatus.Draft, "submitted for approval");
        Status = PostingStatus.Submitted;
        SubmittedAt = now;
        ReturnReason = null;
    }

    /// <summary>A coordinator opens the posting to students.</summary>
    public void Approve(Employer employer, DateOnly today, DateTime now)
    {
        Require(PostingStatus.Submitted, "approved");
        if (employer.Id != EmployerId)
        {
            throw new ArgumentException("The employer is not this posting's employer.", nameof(employer));
        }

        if (!employer.HasPartnerAgreementOn(today))
        {
            throw new DomainRuleException(RuleKeys.Postings.NoPartnerAgreement,
                $"{employer.Name} has no partner agreement in force; record one before approving its postings.", employer.Name);
        }

        if (ApplicationDeadline < today)
        {
            throw new DomainRuleException(RuleKeys.Postings.DeadlinePassed,
                "The application deadline has passed; return the posting so the employer can set a new one.");
        }

        Status = PostingStatus.Open;
        OpenedAt = now;
        Raise(new PostingApproved(this));
    }

    /// <summary>A coordinator sends the posting back to its employer, saying what to change.</summary>
    public void Return(string reason)
    {
        Require(PostingStatus.Submitted, "returned");
        Status = PostingStatus.Draft;
        ReturnReason = reason.Trim();
        SubmittedAt = null;
        Raise(new PostingReturned(this, ReturnReason));
    }

    public void Close(DateTime now)
    {
        if (Status is not (PostingStatus.Open or PostingStatus.Filled))
        {
            throw new InvalidStateTransitionException("posting", Describe(Status), "closed (only an open or filled one can be)");
        }

        var wasAccepting = Status == PostingStatus.Open;
        Status = PostingStatus.Closed;
        ClosedAt = now;
        if (wasAccepting)
        {
            Raise(new PostingStoppedAccepting(this));
        }
    }

    public bool AcceptsApplicationsOn(DateOnly today) => Status == PostingStatus.Open && today <= ApplicationDeadline;

    /// <summary>Takes one slot for an accepted offer; the last slot fills the posting, so an open posting always has one free.</summary>
    internal void FillSlot()
    {
        if (Status != PostingStatus.Open)
        {
            throw Status == PostingStatus.Filled
                ? new DomainRuleException(RuleKeys.Postings.SlotsFilled, "Every slot of this posting has been filled.")
                : new DomainRuleException(RuleKeys.Postings.OffersClosed, $"The posting is {Describe(Status)}; its offers can no longer be accepted.",
                    RuleMessage.Word("State", Describe(Status)));
        }

        FilledSlots++;
        if (FilledSlots == Slots)
        {
            Status = PostingStatus.Filled;
            Raise(new PostingStoppedAccepting(this));
        }
    }

    /// <summary>What the posting asks of whoever applies (see <see cref="EligibilityRequirements"/>, the one eligibility rule).</summary>
    public EligibilityRequirements Requirements() => new(EligibleGradeMask, MinimumAge, StartDate,
        _pathways.Select(p => p.PathwayId).ToList(), _requiredBadges.Select(b => b.BadgeClassId).ToList());

    /// <summary>
    /// Why the student may not apply, in words; empty when they may. <paramref name="heldBadgeIds"/> are the badges the
    /// student holds now (not revoked or expired); the required badges' names are read from <see cref="RequiredBadges"/>.
    /// A matching round may let students choose outside their pathways (<paramref name="requirePathway"/> false).
    /// </summary>
    public IReadOnlyList<string> EligibilityProblems(Student student, IEnumerable<int> activePathwayIds, IReadOnlySet<int>? heldBadgeIds = null,
        bool requirePathway = true) =>
        EligibilityReasons(student, activePathwayIds, heldBadgeIds, requirePathway).Select(r => r.English).ToList();

    /// <summary><see cref="EligibilityProblems"/> as keyed sentences, for a refusal shown in the reader's language.</summary>
    public IReadOnlyList<RuleMessage> EligibilityReasons(Student student, IEnumerable<int> activePathwayIds, IReadOnlySet<int>? heldBadgeIds = null,
        bool requirePathway = true) =>
        Requirements().GapsOf(Applicant.Of(student, activePathwayIds, heldBadgeIds), requirePathway).Select(Describe).ToList();

    private RuleMessage Describe(EligibilityGap gap) => gap.Kind switch
    {
        EligibilityGapKind.NotEnrolled => new(RuleKeys.Applications.NotEnrolled, "You are not currently enrolled in the district."),
        EligibilityGapKind.Grade => new(RuleKeys.Applications.WrongGrade,
            $"This posting is open to grade {string.Join(" and ", EligibleGrades)} students.", [string.Join(" / ", EligibleGrades)]),
        EligibilityGapKind.Age => new(RuleKeys.Applications.TooYoung,
            $"You must be at least {MinimumAge} on the start date ({Days.Written(StartDate)}).", [MinimumAge ?? 0, StartDate]),
        EligibilityGapKind.Pathway => new(RuleKeys.Applications.OtherPathway, "This posting is for a career pathway you are not enrolled in."),
        EligibilityGapKind.Badge => new(RuleKeys.Applications.BadgeNeeded,
            $"You need the badge '{BadgeName(gap.BadgeClassId!.Value)}' to apply.", [BadgeName(gap.BadgeClassId!.Value)]),
        _ => throw new ArgumentOutOfRangeException(nameof(gap), gap.Kind, null),
    };

    private string BadgeName(int badgeClassId) =>
        _requiredBadges.FirstOrDefault(b => b.BadgeClassId == badgeClassId)?.BadgeClass?.Name ?? "#" + badgeClassId;

    private void Apply(PostingDetails details)
    {
        if (details.EndDate <= details.StartDate)
        {
            throw new DomainRuleException(RuleKeys.Postings.EndsBeforeStart, "A posting must end after it starts.");
        }

        if (details.ApplicationDeadline > details.StartDate)
        {
            throw new DomainRuleException(RuleKeys.Postings.DeadlineAfterStart, "Applications must close on or before the start date.");
        }

        if (details.Slots < 1 || details.HourlyWage <= 0 || details.HoursPerWeek <= 0)
        {
            throw new DomainRuleException(RuleKeys.Postings.SlotsWageHours, "A posting needs at least one slot, a wage and weekly hours.");
        }

        if (details.PathwayIds.Count == 0 || details.EligibleGrades.Count == 0)
        {
            throw new DomainRuleException(RuleKeys.Postings.PathwayAndGrade, "A posting needs at least one pathway and one eligible grade.");
        }

        if (!details.IsRemote && string.IsNullOrWhiteSpace(details.Location))
        {
            throw new DomainRuleException(RuleKeys.Postings.LocationNeeded, "An on-site posting needs a location.");
        }

        Title = details.Title.Trim();
        Description = details.Description.Trim();
        HourlyWage = details.HourlyWage;
        HoursPerWeek = details.HoursPerWeek;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        Slots = details.Slots;
        Location = string.IsNullOrWhiteSpace(details.Location) ? null : details.Location.Trim();
        IsRemote = details.IsRemote;
        ApplicationDeadline = details.ApplicationDeadline;
        EligibleGradeMask = GradeMask.From(details.EligibleGrades);
        MinimumAge = details.MinimumAge;
        SupervisorId = details.SupervisorId;
        RequiredHours = details.ResolvedRequiredHours;

        _pathways.RemoveAll(p => !details.PathwayIds.Contains(p.PathwayId));
        foreach (var pathwayId in details.PathwayIds.Distinct().Where(id => _pathways.All(p => p.PathwayId != id)))
        {
            _pathways.Add(new PostingPathway(pathwayId));
        }

        var requiredBadgeIds = details.RequiredBadgeClassIds ?? [];
        _requiredBadges.RemoveAll(b => !requiredBadgeIds.Contains(b.BadgeClassId));
        foreach (var badgeId in requiredBadgeIds.Distinct().Where(id => _requiredBadges.All(b => b.BadgeClassId != id)))
        {
            _requiredBadges.Add(new PostingRequiredBadge(badgeId));
        }
    }

    private void Require(PostingStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new InvalidStateTransitionException("posting", Describe(Status), action);
        }
    }

    private static string Describe(PostingStatus status) => status.ToString().ToLowerInvariant();
}
