using System.Text.Json.Serialization;
using Internships.Domain.Common;
using Internships.Domain.StateReporting;

namespace Internships.Application.Features.StateReporting;

/// <summary>One course of a pathway's sequence and its CALPADS state course code.</summary>
public sealed record PathwayStateCourseDto(string Course, string StateCourseCode);

/// <summary>
/// A coordinator sets the state course codes of a pathway's courses (replacing those it had); each course is one of the
/// pathway's sequence. Internships in the pathway are reported as embedded in the last course that has one.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record SetPathwayStateCoursesCommand(IReadOnlyList<PathwayStateCourseDto> Courses) : ICommand<IReadOnlyList<PathwayStateCourseDto>>
{
    [JsonIgnore] public int PathwayId { get; init; }
}

public sealed class SetPathwayStateCoursesValidator : AbstractValidator<SetPathwayStateCoursesCommand>
{
    public SetPathwayStateCoursesValidator()
    {
        RuleFor(x => x.Courses).NotNull().WithMessageKey("Calpads.CoursesRequired")
            .Must(c => c.Select(x => x.Course.Trim()).Distinct().Count() == c.Count).WithMessageKey("Calpads.CourseOnce");
        RuleForEach(x => x.Courses).ChildRules(course =>
        {
            course.RuleFor(c => c.Course).NotEmpty().WithMessageKey("Calpads.CourseRequired");
            course.RuleFor(c => c.StateCourseCode).Must(StateCodes.IsStateCourseCode)
                .WithMessageKey("Calpads.CourseCodeFormat");
        });
    }
}

public sealed class SetPathwayStateCoursesHandler(IAppDbContext db) : ICommandHandler<SetPathwayStateCoursesCommand, IReadOnlyList<PathwayStateCourseDto>>
{
    public async ValueTask<IReadOnlyList<PathwayStateCourseDto>> Handle(SetPathwayStateCoursesCommand command, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PathwayId, cancellationToken)
            ?? throw NotFoundException.For("Pathway", command.PathwayId);
        var unknown = command.Courses.Select(c => c.Course.Trim()).Where(c => !pathway.CourseSequence.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException(RuleKeys.StateReporting.NotCoursesOf, $"Not courses of {pathway.Name}: {string.Join(", ", unknown)}.", pathway.Name, string.Join(", ", unknown));
        }

        db.PathwayStateCourses.RemoveRange(await db.PathwayStateCourses.Where(c => c.PathwayId == pathway.Id).ToListAsync(cancellationToken));
        // Saved here so the replaced rows are gone before their successors (same keys) are added; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        var courses = command.Courses.Select(c => new PathwayStateCourse(pathway.Id, c.Course, c.StateCourseCode)).ToList();
        db.PathwayStateCourses.AddRange(courses);
        return courses.Select(c => new PathwayStateCourseDto(c.Course, c.StateCourseCode)).ToList();
    }
}
