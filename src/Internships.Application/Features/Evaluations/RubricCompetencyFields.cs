using FluentValidation;

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
        RuleFor(x => x.Name).NotEmpty().MaximumLength(80);
        RuleFor(x => x.Description).MaximumLength(500);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 1000);
    }
}
