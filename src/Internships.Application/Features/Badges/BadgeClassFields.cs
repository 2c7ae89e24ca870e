using Internships.Domain.Badges;
using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Badges;

public sealed record AwardRuleInput(int? PathwayId, string? CompetencyKey, int? MinimumScore);

/// <summary>
/// What a coordinator writes about a badge: the fields of <see cref="CreateBadgeClassCommand"/> and
/// <see cref="UpdateBadgeClassCommand"/>, written once.
/// </summary>
public abstract record BadgeClassFields
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public string Criteria { get; init; } = "";

    public BadgeKind Kind { get; init; }

    public BadgeRecipientType RecipientType { get; init; }

    public string? Color { get; init; }

    public int? EndorsingEmployerId { get; init; }

    public int? ValidityMonths { get; init; }

    public IReadOnlyList<string>? Skills { get; init; }

    public IReadOnlyList<BadgeAlignment>? Alignments { get; init; }

    public IReadOnlyList<int>? PrerequisiteIds { get; init; }

    /// <summary>How a completed placement earns the badge; leave out for badges only awarded by hand.</summary>
    public AwardRuleInput? AwardRule { get; init; }

    /// <summary>Whether students may claim the badge with their own evidence, for a coordinator or the endorsing employer to review.</summary>
    public bool AllowsClaims { get; init; }

    /// <summary>The name in Spanish (optional): Spanish readers see it, and the OB 3.0 credential carries both.</summary>
    public string? NameEs { get; init; }

    /// <summary>The description in Spanish (optional).</summary>
    public string? DescriptionEs { get; init; }

    /// <summary>For a badge for organisations: awarded when this many of its staff have completed this programme (a capacity badge).</summary>
    public StaffProgrammeRule? StaffRule { get; init; }
}

internal static class BadgeClassFieldsExtensions
{
    public const string DefaultColor = "#1F6FB2";

    public static BadgeClassDetails ToDetails(this BadgeClassFields f, bool isActive = true) => new(
        f.Name, f.Description, f.Criteria, f.Kind, f.RecipientType, (f.Color ?? DefaultColor).ToUpperInvariant(), f.EndorsingEmployerId,
        f.ValidityMonths, f.Skills ?? [], f.Alignments ?? [], f.PrerequisiteIds ?? [],
        f.AwardRule is { } r ? new AwardRule(r.PathwayId, r.CompetencyKey?.Trim().ToLowerInvariant(), r.CompetencyKey is null ? null : r.MinimumScore ?? 3) : null,
        isActive, f.AllowsClaims, f.NameEs, f.DescriptionEs, f.StaffRule);
}

internal sealed class BadgeClassFieldsValidator : AbstractValidator<BadgeClassFields>
{
    public BadgeClassFieldsValidator(IAppDbContext db)
    {
        // Messages name each field as the badge editor labels it.
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the badge's name.").MaximumLength(120).WithMessage("The name is at most 120 characters.");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Enter a description of the badge.")
            .MaximumLength(2000).WithMessage("The description is at most 2,000 characters.");
        RuleFor(x => x.Criteria).NotEmpty().WithMessage("Say what earns the badge.").MaximumLength(4000).WithMessage("The criteria are at most 4,000 characters.");
        RuleFor(x => x.NameEs).MaximumLength(120).WithMessageKey("Badges.NameEsTooLong");
        RuleFor(x => x.DescriptionEs).MaximumLength(2000).WithMessageKey("Badges.DescriptionEsTooLong");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose what the badge recognises.");
        RuleFor(x => x.RecipientType).IsInEnum().WithMessage("Choose who receives the badge.");
        RuleFor(x => x.Color).Matches("^#[0-9A-Fa-f]{6}$").WithMessage("Choose the colour as #RRGGBB, e.g. #1565C0.");
        RuleFor(x => x.ValidityMonths).InclusiveBetween(1, 120).WithMessage("A badge stays valid for 1 to 120 months; leave it empty for ever.");
        RuleFor(x => x.EndorsingEmployerId)
            .MustAsync((id, ct) => db.Employers.AnyAsync(e => e.Id == id, ct)).When(x => x.EndorsingEmployerId is not null)
            .WithMessage("Choose one of the district's employers as the endorsing employer.");
        RuleFor(x => x.Skills).Must(s => s is null || s.Count <= 20).WithMessage("List at most 20 skills.");
        RuleForEach(x => x.Skills).NotEmpty().WithMessage("A skill is empty.").MaximumLength(80).WithMessage("A skill is at most 80 characters.");
        RuleFor(x => x.Alignments).Must(a => a is null || a.Count <= 20).WithMessage("At most 20 alignments.");
        RuleForEach(x => x.Alignments).ChildRules(a =>
        {
            a.RuleFor(x => x.TargetName).NotEmpty().WithMessage("Enter the name of the standard the badge aligns to.")
                .MaximumLength(200).WithMessage("An alignment's name is at most 200 characters.");
            a.RuleFor(x => x.TargetUrl).MaximumLength(500).WithMessage("An alignment's address is at most 500 characters.")
                .Must(BeHttpUrl!).When(x => x.TargetUrl is not null)
                .WithMessage("Enter the alignment's address starting with https:// or http://.");
            a.RuleFor(x => x.TargetDescription).MaximumLength(1000).WithMessage("An alignment's description is at most 1,000 characters.");
            a.RuleFor(x => x.TargetFramework).MaximumLength(200).WithMessage("An alignment's framework is at most 200 characters.");
            a.RuleFor(x => x.TargetCode).MaximumLength(100).WithMessage("An alignment's code is at most 100 characters.");
        });
        RuleFor(x => x.PrerequisiteIds)
            .Must(ids => ids is null || ids.Count <= 10).WithMessage("At most 10 prerequisites.")
            .MustAsync(async (ids, ct) => ids is null || ids.Count == 0
                || await db.BadgeClasses.CountAsync(b => ids.Contains(b.Id), ct) == ids.Distinct().Count())
            .WithMessage("One of the prerequisites is not a badge of the catalogue.");
        RuleFor(x => x.AwardRule).Must((fields, rule) => rule is null || fields.RecipientType == BadgeRecipientType.Student)
            .WithMessage("Only badges for students are earned by completing a placement.");
        RuleFor(x => x.AllowsClaims).Must((fields, claims) => !claims || fields.RecipientType == BadgeRecipientType.Student)
            .WithMessage("Only badges for students can be claimed.");
        RuleFor(x => x.StaffRule).Must((fields, rule) => rule is null || fields.RecipientType == BadgeRecipientType.Organisation)
            .WithMessage("Only badges for organisations are earned by their staff completing a programme.");
        RuleFor(x => x.StaffRule!.ProgrammeId)
            .MustAsync((id, ct) => db.Programmes.AnyAsync(p => p.Id == id, ct)).When(x => x.StaffRule is not null)
            .WithMessage("Choose one of the district's programmes.");
        RuleFor(x => x.StaffRule!.StaffCount).InclusiveBetween(1, 1000).When(x => x.StaffRule is not null)
            .WithMessage("Say how many of the organisation's staff must complete the programme (1 to 1,000).");
        RuleFor(x => x.AwardRule!.PathwayId)
            .MustAsync((id, ct) => db.Pathways.AnyAsync(p => p.Id == id, ct)).When(x => x.AwardRule?.PathwayId is not null)
            .WithMessage("Choose one of the district's pathways.");
        RuleFor(x => x.AwardRule!.CompetencyKey)
            .MustAsync((key, ct) => db.RubricCompetencies.AnyAsync(c => c.Key == key!.Trim().ToLowerInvariant(), ct))
            .When(x => x.AwardRule?.CompetencyKey is not null)
            .WithMessage("Choose one of the rubric's competencies.");
        RuleFor(x => x.AwardRule!.MinimumScore).InclusiveBetween(RubricCompetency.LowestScore, RubricCompetency.HighestScore)
            .When(x => x.AwardRule?.MinimumScore is not null)
            .WithMessage($"The minimum score is from {RubricCompetency.LowestScore} to {RubricCompetency.HighestScore}.");
    }

    private static bool BeHttpUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
