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
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the competency's name.").MaximumLength(80).WithMessage("The name is at most 80 characters.");
        RuleFor(x => x.Description).MaximumLength(500).WithMessage("The description is at most 500 characters.");
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 1000).WithMessage("The position is a number from 0 to 1,000.");
    }
}
