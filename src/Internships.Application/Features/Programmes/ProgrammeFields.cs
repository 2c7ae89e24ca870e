using Internships.Domain.Badges;
using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>What a coordinator writes about a programme, for a new one and an edited one.</summary>
public interface IProgrammeFields
{
    string Name { get; }

    string Description { get; }

    int BadgeClassId { get; }

    decimal? PdHoursTarget { get; }

    decimal? FeeAmount { get; }

    IReadOnlyList<RequirementInput> Requirements { get; }
}

/// <summary>One requirement as written: coaching says how many sessions; an observation names its criteria and passing total.</summary>
public sealed record RequirementInput(RequirementKind Kind, string Title, decimal PdHours, int? SessionsRequired = null, IReadOnlyList<string>? Criteria = null,
    int? PassingScore = null)
{
    public RequirementDetails ToDetails() => new(Kind, Title, PdHours, SessionsRequired, Criteria, PassingScore);
}

internal sealed class ProgrammeFieldsValidator : AbstractValidator<IProgrammeFields>
{
    public ProgrammeFieldsValidator(IAppDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Programmes.NameRequired").MaximumLength(120).WithMessageKey("Programmes.NameTooLong");
        RuleFor(x => x.Description).NotNull().WithMessageKey("Programmes.DescriptionRequired").MaximumLength(2000).WithMessageKey("Programmes.DescriptionTooLong");
        RuleFor(x => x.PdHoursTarget).InclusiveBetween(0, 1000).WithMessageKey("Programmes.HoursOutOfRange")
            .PrecisionScale(6, 2, true).WithMessageKey("Programmes.HoursOutOfRange");
        RuleFor(x => x.FeeAmount).InclusiveBetween(0, 100000).WithMessageKey("Programmes.FeeOutOfRange")
            .PrecisionScale(8, 2, true).WithMessageKey("Programmes.FeeOutOfRange");
        RuleFor(x => x.BadgeClassId).MustAsync(async (id, ct) =>
                await db.BadgeClasses.AnyAsync(b => b.Id == id && b.RecipientType == BadgeRecipientType.Person && b.IsActive, ct))
            .WithMessageKey("Programmes.BadgeNotForPersons");
        RuleFor(x => x.Requirements).NotEmpty().WithMessageKey("Programmes.RequirementsRequired")
            .Must(r => r is null || r.Count <= Programme.MaxRequirements).WithMessageKey("Programmes.TooManyRequirements");
        RuleForEach(x => x.Requirements).ChildRules(r =>
        {
            r.RuleFor(x => x.Kind).IsInEnum().WithMessageKey("Programmes.KindRequired");
            r.RuleFor(x => x.Title).NotEmpty().WithMessageKey("Programmes.TitleRequired").MaximumLength(200).WithMessageKey("Programmes.TitleTooLong");
            r.RuleFor(x => x.PdHours).InclusiveBetween(0, 100).WithMessageKey("Programmes.HoursOutOfRange")
                .PrecisionScale(5, 2, true).WithMessageKey("Programmes.HoursOutOfRange");
            r.RuleFor(x => x.SessionsRequired).NotNull().WithMessageKey("Programmes.SessionsRequired")
                .InclusiveBetween(1, 50).WithMessageKey("Programmes.SessionsRequired").When(x => x.Kind == RequirementKind.Coaching);
            r.RuleFor(x => x.Criteria).NotEmpty().When(x => x.Kind == RequirementKind.Observation).WithMessageKey("Programmes.CriteriaRequired")
                .Must(c => c is null || c.Count <= 10).WithMessageKey("Programmes.CriteriaRequired");
            r.RuleForEach(x => x.Criteria).NotEmpty().WithMessageKey("Programmes.CriteriaRequired")
                .MaximumLength(200).WithMessageKey("Programmes.CriteriaRequired");
            r.RuleFor(x => x.PassingScore).NotNull().When(x => x.Kind == RequirementKind.Observation).WithMessageKey("Programmes.PassingScoreRequired")
                .Must((x, passing) => passing is null || x.Criteria is null
                    || (passing >= x.Criteria.Count * ProgrammeRequirement.MinScore && passing <= x.Criteria.Count * ProgrammeRequirement.MaxScore))
                .WithMessageKey("Programmes.PassingScoreOutOfRange");
        });
    }
}

internal static class ProgrammeFields
{
    public static ProgrammeDetails ToDetails(this IProgrammeFields f) => new(f.Name, f.Description ?? "", f.BadgeClassId, f.PdHoursTarget, f.FeeAmount);

    public static IReadOnlyList<RequirementDetails> RequirementDetails(this IProgrammeFields f) => f.Requirements.Select(r => r.ToDetails()).ToList();
}
