namespace Internships.Application.Features.Evaluations;

/// <summary>What a coordinator writes about a rubric competency, shared by adding and updating one.</summary>
public interface IRubricCompetencyFields
{
    string Name { get; }

    string Description { get; }

    int SortOrder { get; }
}

internal sealed class RubricCompetencyFieldsValidator : AbstractValidator<IRubricCompetencyFields>
{
    public RubricCompetencyFieldsValidator()
    {
        // Messages name each field as the rubric page labels it.
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Rubric.NameRequired").MaximumLength(80).WithMessageKey("Rubric.NameTooLong");
        RuleFor(x => x.Description).MaximumLength(500).WithMessageKey("Rubric.DescriptionTooLong");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 1000).WithMessageKey("Rubric.PositionRange");
    }
}
