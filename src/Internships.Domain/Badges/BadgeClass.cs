namespace Internships.Domain.Badges;

/// <summary>
/// A badge in the district's catalogue (Open Badges "BadgeClass" / "Achievement"): what it recognises, how it is
/// earned, and what it takes first (its prerequisites make ladders).
/// </summary>
public sealed class BadgeClass : Entity, IConcurrencyVersioned
{
    /// <summary>Bumped on every saved change: the API's ETag and the edit form's hidden field (optimistic concurrency).</summary>
    public long Version { get; private set; }

    private BadgeClass() { }

    public BadgeClass(BadgeClassDetails details, DateTime createdAt)
    {
        PublicId = Guid.NewGuid();
        CreatedAt = createdAt;
        IsActive = true;
        Update(details);
    }

    /// <summary>The id in public URLs: not guessable, so the catalogue cannot be walked by counting.</summary>
    public Guid PublicId { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The name in Spanish, when the district wrote one (shown to Spanish readers, carried language-tagged in OB 3.0).</summary>
    public string? NameEs { get; private set; }

    /// <summary>The description in Spanish, when the district wrote one.</summary>
    public string? DescriptionEs { get; private set; }

    public string Criteria { get; private set; } = "";

    public BadgeKind Kind { get; private set; }

    public BadgeRecipientType RecipientType { get; private set; }

    /// <summary>The colour the rendered image uses, as #RRGGBB.</summary>
    public string Color { get; private set; } = "#1F6FB2";

    /// <summary>An uploaded PNG; when null the image is rendered from the name, colour and kind.</summary>
    public byte[]? Image { get; private set; }

    /// <summary>The employer that helped design the badge and endorses it.</summary>
    public int? EndorsingEmployerId { get; private set; }

    /// <summary>How long an award stays valid; null for ever.</summary>
    public int? ValidityMonths { get; private set; }

    public List<string> Skills { get; private set; } = [];

    public List<BadgeAlignment> Alignments { get; private set; } = [];

    /// <summary>Badges a recipient must hold before earning this one.</summary>
    public List<int> PrerequisiteIds { get; private set; } = [];

    /// <summary>How a completed placement earns it; null for badges only awarded by hand.</summary>
    public AwardRule? Rule { get; private set; }

    /// <summary>How an organisation earns it from its staff's programme completions (a capacity badge); null otherwise.</summary>
    public StaffProgrammeRule? StaffRule { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Whether students may claim it with their own evidence (volunteering, an online course, a peer project), for review.</summary>
    public bool AllowsClaims { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public void Update(BadgeClassDetails details)
    {
        if (details.Rule is not null && details.RecipientType != BadgeRecipientType.Student)
        {
            throw new DomainRuleException(RuleKeys.Badges.OnlyStudentsByPlacement, "Only badges for students can be earned by completing a placement.");
        }

        if (details.AllowsClaims && details.RecipientType != BadgeRecipientType.Student)
        {
            throw new DomainRuleException(RuleKeys.Badges.OnlyStudentsClaim, "Only badges for students can be claimed.");
        }

        if (details.StaffRule is not null && details.RecipientType != BadgeRecipientType.Organisation)
        {
            throw new DomainRuleException(RuleKeys.Badges.OnlyOrganisationsByStaff,
                "Only badges for organisations are earned by their staff completing a programme.");
        }

        if (details.PrerequisiteIds.Contains(Id) && Id != 0)
        {
            throw new DomainRuleException(RuleKeys.Badges.OwnPrerequisite, "A badge cannot be its own prerequisite.");
        }

        Name = details.Name.Trim();
        Description = details.Description.Trim();
        NameEs = string.IsNullOrWhiteSpace(details.NameEs) ? null : details.NameEs.Trim();
        DescriptionEs = string.IsNullOrWhiteSpace(details.DescriptionEs) ? null : details.DescriptionEs.Trim();
        Criteria = details.Criteria.Trim();
        Kind = details.Kind;
        RecipientType = details.RecipientType;
        Color = details.Color;
        EndorsingEmployerId = details.EndorsingEmployerId;
        ValidityMonths = details.ValidityMonths;
        Skills = details.Skills.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        Alignments = details.Alignments.ToList();
        PrerequisiteIds = details.PrerequisiteIds.Distinct().ToList();
        Rule = details.Rule;
        IsActive = details.IsActive;
        AllowsClaims = details.AllowsClaims;
        StaffRule = details.StaffRule;
    }

    public void UseImage(byte[]? png) => Image = png;

    public DateTime? ExpiryFor(DateTime issuedAt) => ValidityMonths is { } months ? issuedAt.AddMonths(months) : null;
}

public sealed record BadgeClassDetails(
    string Name,
    string Description,
    string Criteria,
    BadgeKind Kind,
    BadgeRecipientType RecipientType,
    string Color,
    int? EndorsingEmployerId,
    int? ValidityMonths,
    IReadOnlyCollection<string> Skills,
    IReadOnlyCollection<BadgeAlignment> Alignments,
    IReadOnlyCollection<int> PrerequisiteIds,
    AwardRule? Rule,
    bool IsActive = true,
    bool AllowsClaims = false,
    string? NameEs = null,
    string? DescriptionEs = null,
    StaffProgrammeRule? StaffRule = null);
