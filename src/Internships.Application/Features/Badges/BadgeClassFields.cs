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
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Badges.NameRequired").MaximumLength(120).WithMessageKey("Badges.NameTooLong");
        RuleFor(x => x.Description).NotEmpty().WithMessageKey("Badges.DescriptionRequired")
            .MaximumLength(2000).WithMessageKey("Badges.DescriptionTooLong");
        RuleFor(x => x.Criteria).NotEmpty().WithMessageKey("Badges.CriteriaRequired").MaximumLength(4000).WithMessageKey("Badges.CriteriaTooLong");
        RuleFor(x => x.NameEs).MaximumLength(120).WithMessageKey("Badges.NameEsTooLong");
        RuleFor(x => x.DescriptionEs).MaximumLength(2000).WithMessageKey("Badges.DescriptionEsTooLong");
        RuleFor(x => x.Kind).IsInEnum().WithMessageKey("Badges.KindRequired");
        RuleFor(x => x.RecipientType).IsInEnum().WithMessageKey("Badges.RecipientRequired");
        RuleFor(x => x.Color).Matches("^#[0-9A-Fa-f]{6}$").WithMessageKey("Badges.ColourFormat");
        RuleFor(x => x.ValidityMonths).InclusiveBetween(1, 120).WithMessageKey("Badges.ValidityRange");
        RuleFor(x => x.EndorsingEmployerId)
            .MustAsync((id, ct) => db.Employers.AnyAsync(e => e.Id == id, ct)).When(x => x.EndorsingEmployerId is not null)
            .WithMessageKey("Badges.EndorsingEmployer");
        RuleFor(x => x.Skills).Must(s => s is null || s.Count <= 20).WithMessageKey("Badges.TooManySkills");
        RuleForEach(x => x.Skills).NotEmpty().WithMessageKey("Badges.SkillEmpty").MaximumLength(80).WithMessageKey("Badges.SkillTooLong");
        RuleFor(x => x.Alignments).Must(a => a is null || a.Count <= 20).WithMessageKey("Badges.TooManyAlignments");
        RuleForEach(x => x.Alignments).ChildRules(a =>
        {
            a.RuleFor(x => x.TargetName).NotEmpty().WithMessageKey("Badges.AlignmentNameRequired")
                .MaximumLength(200).WithMessageKey("Badges.AlignmentNameTooLong");
            a.RuleFor(x => x.TargetUrl).MaximumLength(500).WithMessageKey("Badges.AlignmentUrlTooLong")
                .Must(BeHttpUrl!).When(x => x.TargetUrl is not null)
                .WithMessageKey("Badges.AlignmentUrlFormat");
            a.RuleFor(x => x.TargetDescription).MaximumLength(1000).WithMessageKey("Badges.AlignmentDescriptionTooLong");
            a.RuleFor(x => x.TargetFramework).MaximumLength(200).WithMessageKey("Badges.AlignmentFrameworkTooLong");
            a.RuleFor(x => x.TargetCode).MaximumLength(100).WithMessageKey("Badges.AlignmentCodeTooLong");
        });
        RuleFor(x => x.PrerequisiteIds)
            .Must(ids => ids is null || ids.Count <= 10).WithMessageKey("Badges.TooManyPrerequisites")
            .MustAsync(async (ids, ct) => ids is null || ids.Count == 0
                || await db.BadgeClasses.CountAsync(b => ids.Contains(b.Id), ct) == ids.Distinct().Count())
            .WithMessageKey("Badges.PrerequisiteUnknown");
        RuleFor(x => x.AwardRule).Must((fields, rule) => rule is null || fields.RecipientType == BadgeRecipientType.Student)
            .WithMessageKey("Badges.AwardRuleStudentsOnly");
        RuleFor(x => x.AllowsClaims).Must((fields, claims) => !claims || fields.RecipientType == BadgeRecipientType.Student)
            .WithMessageKey("Badges.ClaimsStudentsOnly");
        RuleFor(x => x.StaffRule).Must((fields, rule) => rule is null || fields.RecipientType == BadgeRecipientType.Organisation)
            .WithMessageKey("Badges.StaffRuleOrganisationsOnly");
        RuleFor(x => x.StaffRule!.ProgrammeId)
            .MustAsync((id, ct) => db.Programmes.AnyAsync(p => p.Id == id, ct)).When(x => x.StaffRule is not null)
            .WithMessageKey("Badges.ProgrammeUnknown");
        RuleFor(x => x.StaffRule!.StaffCount).InclusiveBetween(1, 1000).When(x => x.StaffRule is not null)
            .WithMessageKey("Badges.StaffCountRange");
        RuleFor(x => x.AwardRule!.PathwayId)
            .MustAsync((id, ct) => db.Pathways.AnyAsync(p => p.Id == id, ct)).When(x => x.AwardRule?.PathwayId is not null)
            .WithMessageKey("Badges.PathwayUnknown");
        RuleFor(x => x.AwardRule!.CompetencyKey)
            .MustAsync((key, ct) => db.RubricCompetencies.AnyAsync(c => c.Key == key!.Trim().ToLowerInvariant(), ct))
            .When(x => x.AwardRule?.CompetencyKey is not null)
            .WithMessageKey("Badges.CompetencyUnknown");
        RuleFor(x => x.AwardRule!.MinimumScore).InclusiveBetween(RubricCompetency.LowestScore, RubricCompetency.HighestScore)
            .When(x => x.AwardRule?.MinimumScore is not null)
            .WithMessageKey("Badges.MinimumScoreRange");
    }

    private static bool BeHttpUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
