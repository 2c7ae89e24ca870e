using FluentValidation;
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
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Sector).IsInEnum();
        RuleFor(x => x.Description).MaximumLength(2000);
        RuleFor(x => x.CourseSequence).NotEmpty().WithMessage("A pathway needs at least one course.")
            .Must(c => c is null || c.Count <= MaxCourses).WithMessage($"A pathway has at most {MaxCourses} courses.");
        RuleForEach(x => x.CourseSequence).NotEmpty().MaximumLength(120);
    }
}
