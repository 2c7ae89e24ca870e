namespace Internships.Application.Features.StateReporting;

/// <summary>A pathway's courses with their state course codes, where they have one (coordinators).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListPathwayStateCoursesQuery(int PathwayId) : IQuery<IReadOnlyList<PathwayStateCourseDto>>;

public sealed class ListPathwayStateCoursesHandler(IAppDbContext db) : IQueryHandler<ListPathwayStateCoursesQuery, IReadOnlyList<PathwayStateCourseDto>>
{
    public async ValueTask<IReadOnlyList<PathwayStateCourseDto>> Handle(ListPathwayStateCoursesQuery query, CancellationToken cancellationToken)
    {
        var sequence = await db.Pathways.AsNoTracking().Where(p => p.Id == query.PathwayId).Select(p => p.CourseSequence).FirstOrDefaultAsync(cancellationToken)
            ?? throw Common.Exceptions.NotFoundException.For("Pathway", query.PathwayId);
        var codes = await db.PathwayStateCourses.AsNoTracking().Where(c => c.PathwayId == query.PathwayId)
            .ToDictionaryAsync(c => c.Course, c => c.StateCourseCode, cancellationToken);
        return sequence.Where(codes.ContainsKey).Select(course => new PathwayStateCourseDto(course, codes[course])).ToList();
    }
}
