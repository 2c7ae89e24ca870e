using Internships.Domain.Pathways;

namespace Internships.Application.Features.Pathways;

/// <summary>What a coordinator writes about a career pathway, shared by creating and updating it.</summary>
public interface IPathwayFields
{
    string Name { get; }

    IndustrySector Sector { get; }

    string? Description { get; }

    IReadOnlyList<string>? CourseSequence { get; }
}

internal sealed class PathwayFieldsValidator : AbstractValidator<IPathwayFields>
{
    public const int MaxCourses = 12;

    public PathwayFieldsValidator()
    {
        // Messages name each field as the pathway page labels it.
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the pathway's name.").MaximumLength(120).WithMessage("The name is at most 120 characters.");
        RuleFor(x => x.Sector).IsInEnum().WithMessage("Choose the industry sector.");
        RuleFor(x => x.Description).MaximumLength(2000).WithMessage("The description is at most 2,000 characters.");
        RuleFor(x => x.CourseSequence).NotEmpty().WithMessage("A pathway needs at least one course.")
            .Must(c => c is null || c.Count <= MaxCourses).WithMessage($"A pathway has at most {MaxCourses} courses.");
        RuleForEach(x => x.CourseSequence).NotEmpty().WithMessage("A course in the sequence is empty.")
            .MaximumLength(120).WithMessage("A course title is at most 120 characters.");
    }
}
