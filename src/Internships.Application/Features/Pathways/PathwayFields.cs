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
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Pathways.NameRequired").MaximumLength(120).WithMessageKey("Pathways.NameTooLong");
        RuleFor(x => x.Sector).IsInEnum().WithMessageKey("Pathways.SectorRequired");
        RuleFor(x => x.Description).MaximumLength(2000).WithMessageKey("Pathways.DescriptionTooLong");
        RuleFor(x => x.CourseSequence).NotEmpty().WithMessageKey("Pathways.CoursesRequired")
            .Must(c => c is null || c.Count <= MaxCourses).WithMessage(_ => ValidationText.Format("Pathways.TooManyCourses", MaxCourses));
        RuleForEach(x => x.CourseSequence).NotEmpty().WithMessageKey("Pathways.CourseEmpty")
            .MaximumLength(120).WithMessageKey("Pathways.CourseTooLong");
    }
}
