using System.Linq.Expressions;
using Internships.Domain.Schools;

namespace Internships.Application.Features.Schools;

public sealed record SchoolDto(int Id, string Name, string Code, string? City, long Version) : IVersionedDto
{
    public static readonly Expression<Func<School, SchoolDto>> Projection = s => new SchoolDto(s.Id, s.Name, s.Code, s.City, s.Version);

    public static SchoolDto From(School school) => new(school.Id, school.Name, school.Code, school.City, school.Version);
}
