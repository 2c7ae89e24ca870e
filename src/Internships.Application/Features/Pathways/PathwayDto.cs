using System.Linq.Expressions;
using Internships.Domain.Pathways;

namespace Internships.Application.Features.Pathways;

public sealed record PathwayDto(int Id, string Name, IndustrySector Sector, string? Description, IReadOnlyList<string> CourseSequence, long Version)
    : IVersionedDto
{
    public static readonly Expression<Func<CareerPathway, PathwayDto>> Projection =
        p => new PathwayDto(p.Id, p.Name, p.Sector, p.Description, p.CourseSequence, p.Version);

    public static PathwayDto From(CareerPathway p) => new(p.Id, p.Name, p.Sector, p.Description, p.CourseSequence, p.Version);
}
