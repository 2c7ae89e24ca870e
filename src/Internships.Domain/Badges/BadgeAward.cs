using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Internships.Domain.Badges;

/// <summary>
/// A badge awarded to a student or an organisation (Open Badges "Assertion" / "OpenBadgeCredential").
/// One award per badge, recipient and occasion: the (badge, recipient key, award key) triple is unique.
/// </summary>
public sealed class BadgeAward : Entity, IConcurrencyVersioned
{
    /// <summary>Bumped on every saved change: the API's ETag and the edit form's hidden field (optimistic concurrency).</summary>
    public long Version { get; private set; }

    private readonly List<BadgeEvidence> _evidence = [];

    private BadgeAward() { }

    private BadgeAward(BadgeClass badge, AwardRecipient recipient, string awardKey, int? placementId, IEnumerable<BadgeEvidence> evidence,
        DateTime issuedAt)
    {
        if (badge.RecipientType != recipient.Type)
        {
            throw badge.RecipientType switch
            {
                BadgeRecipientType.Student => new DomainRuleException(RuleKeys.Badges.ForStudents, $"'{badge.Name}' is a badge for students.", badge.Name),
                BadgeRecipientType.Person => new DomainRuleException(RuleKeys.Badges.ForAdults, $"'{badge.Name}' is a badge for adult participants.", badge.Name),
                _ => new DomainRuleException(RuleKeys.Badges.ForOrganisations, $"'{badge.Name}' is a badge for organisations.", badge.Name),
            };
        }

        PublicId = Guid.NewGuid();
        BadgeClassId = badge.Id;
        RecipientStudentId = recipient.StudentId;
        RecipientEmployerId = recipient.EmployerId;
        RecipientUserId = recipient.UserId;
        RecipientKey = recipient.Key;
        RecipientName = recipient.Name;
        RecipientEmail = recipient.Email.Trim().ToLowerInvariant();
        RecipientAdultFrom = recipient.AdultFrom;
        RecipientAlias = recipient.Alias;
        Salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        AwardKey = awardKey;
        PlacementId = placementId;
        IssuedAt = issuedAt;
        ExpiresAt = badge.ExpiryFor(issuedAt);
        // Each award owns its own copies: the same evidence often goes to several badges of one placement.
        _evidence.AddRange(evidence.Select(e => e with { }));
        Raise(new BadgeAwarded(this));
    }

    public const string ManualAwardKey = "manual";

    /// <summary>The id in public URLs (verification page, Open Badges documents).</summary>
    public Guid PublicId { get; private set; }

    public int BadgeClassId { get; private set; }

    public BadgeClass? BadgeClass { get; private set; }

    public int? RecipientStudentId { get; private set; }

    public int? RecipientEmployerId { get; private set; }

    /// <summary>The account of an adult participant (<see cref="BadgeRecipientType.Person"/>), who is neither a student nor an organisation.</summary>
    public int? RecipientUserId { get; private set; }

    /// <summary>"student:{id}", "employer:{id}" or "person:{userId}": with the badge and award key, what makes an award unique.</summary>
    public string RecipientKey { get; private set; } = "";

    /// <summary>The occasion: "placement:{id}" for an internship's badge, "manual" for one a coordinator gave, "claim:{id}" for an approved claim.</summary>
    public string AwardKey { get; private set; } = "";

    public int? PlacementId { get; private set; }

    public string RecipientName { get; private set; } = "";

    /// <summary>The address the award is made out to; published only hashed with <see cref="Salt"/>.</summary>
    public string RecipientEmail { get; private set; } = "";

    public string Salt { get; private set; } = "";

    /// <summary>The opaque address the award is made out to instead of <see cref="RecipientEmail"/>, when the student asked for one.</summary>
    public string? RecipientAlias { get; private set; }

    /// <summary>Whether the public pages show the recipient's name; students opt in, so hidden by default.</summary>
    public bool ShowRecipientName { get; private set; }

    /// <summary>A student recipient's 18th birthday, as known when the award was made; until then they are a minor.</summary>
    public DateOnly? RecipientAdultFrom { get; private set; }

    /// <summary>
    /// Whether a minor chose to publish the details of the evidence (employer, the supervisor's words, their own task
    /// notes and work). Until then the public sees only its kinds. Reversible.
    /// </summary>
    public bool PublishDetails { get; private set; }

    /// <summary>When the student recorded that a parent or guardian agreed to publishing the details, and who.</summary>
    public DateTime? GuardianConsentRecordedAt { get; private set; }

    public string? GuardianConsentName { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>
    /// The Open Badges 3.0 credential (a VC-JWT) as the district signed it when the award was made. What the district
    /// signs is fixed at issuance: artefacts the student adds later, or a badge's later edits, do not change it.
    /// </summary>
    public string? IssuedCredential { get; private set; }

    public string? RevocationReason { get; private set; }

    public IReadOnlyList<BadgeEvidence> Evidence => _evidence;

    /// <summary>
    /// The evidence as published to anyone. Evidence is written by people (a supervisor's testimonial, a coordinator's
    /// note) and may name the student: unless they chose to show their name, the full name and each part of it, as
    /// whole words, become "[name withheld]". A best effort for free text, not a guarantee about nicknames.
    /// </summary>
    public IReadOnlyList<BadgeEvidence> PublicEvidenceOn(DateOnly today) =>
        DetailsWithheldOn(today)
            ? _evidence.Select(e => new BadgeEvidence(e.Kind, WithheldEvidenceName(e.Kind), null, null)).ToList()
            : ShowRecipientName || RecipientStudentId is null
                ? _evidence
                : _evidence.Select(e => e with { Name = Redact(e.Name)!, Narrative = Redact(e.Narrative) }).ToList();

    /// <summary>
    /// A minor publishes the least by default: the badge, the issuer, the date and the kinds of evidence, not what they
    /// say (the employer, the supervisor's name and words, the student's task notes), unless they opted in with a
    /// guardian's consent. An award made before ages were kept is treated as a minor's.
    /// </summary>
    public bool DetailsWithheldOn(DateOnly today) => IsRecipientMinorOn(today) && !PublishDetails;

    public bool IsRecipientMinorOn(DateOnly today) => RecipientStudentId is not null && (RecipientAdultFrom is not { } adult || today < adult);

    /// <summary>What the public reads in place of a piece of evidence whose details are withheld.</summary>
    public static string WithheldEvidenceName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Placement => "A paid internship (details not shown)",
        EvidenceKind.TasksPerformed => "Tasks recorded on approved timesheets (not shown)",
        EvidenceKind.Testimonial => "The supervisor's final evaluation (not shown)",
        EvidenceKind.Artefact => "Work by the student (not shown)",
        _ => "A note from the district (not shown)",
    };

    /// <summary>
    /// The student publishes the details of this award's evidence, or stops. A minor must record that a parent or
    /// guardian agreed, and who; that record stays with the award.
    /// </summary>
    public void SetDetailsPublication(bool publish, string? guardianName, DateOnly today, DateTime now)
    {
        if (publish && IsRecipientMinorOn(today))
        {
            if (string.IsNullOrWhiteSpace(guardianName))
            {
                throw new DomainRuleException(RuleKeys.Badges.GuardianConsentNeeded,
                    "A student under 18 needs a parent's or guardian's consent to show these details: enter their name.");
            }

            GuardianConsentName = guardianName.Trim();
            GuardianConsentRecordedAt = now;
        }

        PublishDetails = publish;
    }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpiredAt(DateTime now) => ExpiresAt is { } expires && expires <= now;

    /// <summary>Neither revoked nor expired: counts as held (for prerequisites and postings that require it).</summary>
    public bool IsValidAt(DateTime now) => !IsRevoked && !IsExpiredAt(now);

    /// <summary>"sha256$" and the hex SHA-256 of the e-mail address and salt, as Open Badges publishes a recipient.</summary>
    public string RecipientIdentityHash =>
        "sha256$" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes((RecipientAlias ?? RecipientEmail) + Salt)));

    /// <summary>The badge a completed placement earned.</summary>
    public static BadgeAward ForPlacement(BadgeClass badge, AwardRecipient recipient, int placementId, IEnumerable<BadgeEvidence> evidence,
        DateTime issuedAt) =>
        new(badge, recipient, PlacementAwardKey(placementId), placementId, evidence, issuedAt);

    /// <summary>A badge a coordinator awards by hand (training, capacity, an employer partner).</summary>
    public static BadgeAward Manual(BadgeClass badge, AwardRecipient recipient, IEnumerable<BadgeEvidence> evidence, DateTime issuedAt) =>
        new(badge, recipient, ManualAwardKey, null, evidence, issuedAt);

    /// <summary>A badge a student claimed with their own evidence, approved by a reviewer: one award per claim.</summary>
    public static BadgeAward ForClaim(BadgeClass badge, AwardRecipient recipient, BadgeClaim claim, DateTime issuedAt) =>
        new(badge, recipient, claim.AwardKey, null, claim.Evidence(), issuedAt);

    public static string PlacementAwardKey(int placementId) => $"placement:{placementId}";

    /// <summary>The badge a completed programme enrolment earned (or, for an organisation, the enrolment that completed its count).</summary>
    public static BadgeAward ForProgramme(BadgeClass badge, AwardRecipient recipient, string awardKey, IEnumerable<BadgeEvidence> evidence, DateTime issuedAt) =>
        new(badge, recipient, awardKey, null, evidence, issuedAt);

    public void Revoke(string reason, DateTime now)
    {
        if (IsRevoked)
        {
            throw new InvalidStateTransitionException("award", "revoked", "revoked again");
        }

        RevokedAt = now;
        RevocationReason = reason.Trim();
    }

    /// <summary>The student links work that shows what they did.</summary>
    /// <summary>Keeps the credential signed at issuance; it is signed once and never replaced.</summary>
    public void RecordIssuedCredential(string credential)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(credential);
        if (IssuedCredential is not null)
        {
            throw new DomainRuleException(RuleKeys.Badges.CredentialSigned, "This award's credential was signed when it was issued and does not change.");
        }

        IssuedCredential = credential;
    }

    public void AddArtefact(string name, string url, string? description)
    {
        if (IsRevoked)
        {
            throw new DomainRuleException(RuleKeys.Badges.RevokedNoEvidence, "A revoked award takes no more evidence.");
        }

        if (_evidence.Count(e => e.Kind == EvidenceKind.Artefact) >= 10)
        {
            throw new DomainRuleException(RuleKeys.Badges.TooManyArtefacts, "An award holds at most 10 artefacts.", 10);
        }

        _evidence.Add(new BadgeEvidence(EvidenceKind.Artefact, name.Trim(), string.IsNullOrWhiteSpace(description) ? null : description.Trim(), url.Trim()));
    }

    public void ShowNamePublicly(bool show) => ShowRecipientName = show;

    public const string NameWithheld = "[name withheld]";

    private string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(RecipientName))
        {
            return text;
        }

        var name = RecipientName.Trim();
        var redacted = Regex.Replace(text, Regex.Escape(name), NameWithheld, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var part in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2))
        {
            // Names are capitalised where they are names; matching case keeps "Will" from turning every "will" into a gap.
            redacted = Regex.Replace(redacted, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(part)}(?![\p{{L}}\p{{N}}])", NameWithheld,
                RegexOptions.CultureInvariant);
        }

        return redacted;
    }
}

/// <summary>Who receives an award: a student, an adult participant or an organisation, with the name and address the award is made out to.</summary>
public sealed record AwardRecipient(int? StudentId, int? EmployerId, string Name, string Email, DateOnly? AdultFrom = null, string? Alias = null,
    int? UserId = null)
{
    public string Key => StudentId is { } s ? StudentKey(s) : UserId is { } u ? PersonKey(u) : $"employer:{EmployerId}";

    public BadgeRecipientType Type => StudentId is not null ? BadgeRecipientType.Student
        : UserId is not null ? BadgeRecipientType.Person
        : BadgeRecipientType.Organisation;

    /// <summary>The key an adult participant's awards are filed under.</summary>
    public static string PersonKey(int userId) => $"person:{userId}";

    /// <summary>An adult participant with an account: a trainer, after-school staff, a supervisor.</summary>
    public static AwardRecipient Person(int userId, string name, string email) => new(null, null, name, email, UserId: userId);

    /// <summary>The key a student's awards are filed under, for finding what they hold without loading them.</summary>
    public static string StudentKey(int studentId) => $"student:{studentId}";

    public static AwardRecipient Student(Students.Student student) =>
        new(student.Id, null, student.FullName, student.Email, student.DateOfBirth.AddYears(Students.Student.AdultAge), student.BadgeRecipientAlias);

    public static AwardRecipient Organisation(int id, string name, string email) => new(null, id, name, email);
}

public sealed record BadgeAwarded(BadgeAward Award) : IDomainEvent;
