namespace Internships.Domain.Badges;

public enum BadgeClaimStatus
{
    /// <summary>Waiting for a coordinator or the endorsing employer to review it.</summary>
    Submitted,

    /// <summary>The reviewer asked for more evidence; the student edits and resubmits.</summary>
    MoreRequested,

    /// <summary>Approved: the badge was awarded, with the claim as its evidence.</summary>
    Approved,

    /// <summary>Declined, with the reviewer's reason.</summary>
    Declined,
}

/// <summary>
/// A student's claim to a badge earned outside the classroom (volunteering, an online course, a peer project), with
/// their evidence: what they did in their own words, links, and a file. A coordinator or the badge's endorsing employer
/// approves it (the badge is awarded), asks for more, or declines it with a reason.
/// </summary>
public sealed class BadgeClaim : Entity, IConcurrencyVersioned
{
    public const int MaxNarrativeLength = 4000;
    public const int MaxLinks = 5;
    public const int MaxLinkLength = 500;
    public const int MaxNoteLength = 1000;

    /// <summary>Bumped on every saved change: the API's ETag, and what makes two reviewers' approvals award once.</summary>
    public long Version { get; private set; }

    private BadgeClaim() { }

    private BadgeClaim(BadgeClass badge, int studentId, string narrative, IEnumerable<string> links, DateTime now)
    {
        if (!badge.AllowsClaims)
        {
            throw new DomainRuleException(RuleKeys.Badges.NotClaimable, $"'{badge.Name}' cannot be claimed: it is awarded by the district.", badge.Name);
        }

        if (!badge.IsActive)
        {
            throw new DomainRuleException(RuleKeys.Badges.Retired, $"'{badge.Name}' is retired and no longer awarded.", badge.Name);
        }

        BadgeClassId = badge.Id;
        StudentId = studentId;
        CreatedAt = now;
        Status = BadgeClaimStatus.Submitted;
        OpenFor = OpenKey(studentId, badge.Id);
        Write(narrative, links, now);
    }

    /// <summary>A student claims a badge whose class allows claims.</summary>
    public static BadgeClaim Submit(BadgeClass badge, int studentId, string narrative, IEnumerable<string> links, DateTime now) =>
        new(badge, studentId, narrative, links, now);

    public int BadgeClassId { get; private set; }

    public BadgeClass? BadgeClass { get; private set; }

    public int StudentId { get; private set; }

    public BadgeClaimStatus Status { get; private set; }

    /// <summary>What the student did, in their own words.</summary>
    public string Narrative { get; private set; } = "";

    /// <summary>Links to the work (http or https).</summary>
    public List<string> Links { get; private set; } = [];

    /// <summary>The uploaded evidence file (a PDF), kept in the stored files; null when none.</summary>
    public Guid? EvidenceFileId { get; private set; }

    public string? EvidenceFileName { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When the student last sent it for review.</summary>
    public DateTime SubmittedAt { get; private set; }

    /// <summary>What the reviewer asked for, or why they declined.</summary>
    public string? ReviewNote { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    /// <summary>The award an approval made.</summary>
    public int? AwardId { get; private set; }

    /// <summary>
    /// "{student}:{badge}" while the claim is open, null once decided: unique, so a student has one open claim per badge
    /// however many requests race.
    /// </summary>
    public string? OpenFor { get; private set; }

    public bool IsOpen => Status is BadgeClaimStatus.Submitted or BadgeClaimStatus.MoreRequested;

    /// <summary>The occasion an approved claim's award is filed under: one award per claim.</summary>
    public string AwardKey => ClaimAwardKey(Id);

    public static string ClaimAwardKey(int claimId) => $"claim:{claimId}";

    public static string OpenKey(int studentId, int badgeClassId) => $"{studentId}:{badgeClassId}";

    /// <summary>The student changes their evidence while the claim is open; a claim sent back for more goes to review again.</summary>
    public void Resubmit(string narrative, IEnumerable<string> links, DateTime now)
    {
        if (!IsOpen)
        {
            throw new InvalidStateTransitionException("claim", Words(Status), "changed");
        }

        Write(narrative, links, now);
        Status = BadgeClaimStatus.Submitted;
    }

    /// <summary>The student attaches a file (or replaces the one attached) while the claim is open.</summary>
    public void AttachFile(Guid fileId, string fileName)
    {
        if (!IsOpen)
        {
            throw new InvalidStateTransitionException("claim", Words(Status), "changed");
        }

        EvidenceFileId = fileId;
        EvidenceFileName = fileName;
    }

    /// <summary>Approved: the caller awards the badge (see <see cref="AwardKey"/>) and records it with <see cref="RecordAward"/>.</summary>
    public void Approve(string reviewer, DateTime now)
    {
        EnsureWaiting("approved");
        Decide(BadgeClaimStatus.Approved, null, reviewer, now);
    }

    public void AskForMore(string note, string reviewer, DateTime now)
    {
        EnsureWaiting("sent back for more");
        Decide(BadgeClaimStatus.MoreRequested, Required(note, RuleKeys.Badges.ClaimMoreNote, "Say what more the student should send."), reviewer, now);
        OpenFor = OpenKey(StudentId, BadgeClassId);
    }

    public void Decline(string reason, string reviewer, DateTime now)
    {
        EnsureWaiting("declined");
        Decide(BadgeClaimStatus.Declined, Required(reason, RuleKeys.Badges.ClaimDeclineReason, "Give the reason the claim is declined: the student sees it."), reviewer, now);
    }

    public void RecordAward(BadgeAward award)
    {
        if (Status != BadgeClaimStatus.Approved || AwardId is not null)
        {
            throw new DomainRuleException(RuleKeys.Badges.ClaimRecordsOnce, "Only an approved claim records its award, once.");
        }

        AwardId = award.Id;
    }

    /// <summary>The claim as evidence on its award: the student's words, and each link as a piece of work.</summary>
    public IEnumerable<BadgeEvidence> Evidence()
    {
        yield return new BadgeEvidence(EvidenceKind.Narrative, "The student's claim, reviewed by the district", Narrative, null);
        foreach (var link in Links)
        {
            yield return new BadgeEvidence(EvidenceKind.Artefact, "Work linked to the claim", null, link);
        }
    }

    public static string Words(BadgeClaimStatus status) => status switch
    {
        BadgeClaimStatus.Submitted => "waiting for review",
        BadgeClaimStatus.MoreRequested => "sent back for more evidence",
        BadgeClaimStatus.Approved => "approved",
        _ => "declined",
    };

    private void EnsureWaiting(string action)
    {
        if (Status != BadgeClaimStatus.Submitted)
        {
            throw new InvalidStateTransitionException("claim", Words(Status), action);
        }
    }

    private void Decide(BadgeClaimStatus status, string? note, string reviewer, DateTime now)
    {
        Status = status;
        ReviewNote = note;
        ReviewedBy = reviewer;
        ReviewedAt = now;
        OpenFor = null;
    }

    private void Write(string narrative, IEnumerable<string> links, DateTime now)
    {
        Narrative = Required(narrative, RuleKeys.Badges.ClaimNarrative, "Say what you did to earn the badge.");
        var list = links.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        if (list.Count > MaxLinks)
        {
            throw new DomainRuleException(RuleKeys.Badges.TooManyLinks, $"A claim has at most {MaxLinks} links.", MaxLinks);
        }

        if (list.FirstOrDefault(l => !IsHttpUrl(l)) is { } bad)
        {
            throw new DomainRuleException(RuleKeys.Badges.NotHttp, $"'{bad}' is not an http or https address.", bad);
        }

        Links = list;
        SubmittedAt = now;
    }

    public static bool IsHttpUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string Required(string text, string key, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainRuleException(key, message) : text.Trim();
}
