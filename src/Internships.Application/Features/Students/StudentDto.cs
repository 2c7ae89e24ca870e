using Internships.Domain.Students;

namespace Internships.Application.Features.Students;

public sealed record StudentDto(
    int Id,
    string SisId,
    string FirstName,
    string LastName,
    string Email,
    int Grade,
    DateOnly DateOfBirth,
    int SchoolId,
    string SchoolName,
    bool IsActive,
    IReadOnlyList<EnrolmentDto> Enrolments);

public sealed record EnrolmentDto(int PathwayId, string PathwayName, DateOnly EnrolledOn, DateOnly? EndedOn);

public sealed record StudentSummaryDto(int Id, string SisId, string FirstName, string LastName, int Grade, int SchoolId, string SchoolName, bool IsActive);

internal static class StudentQueries
{
    public static IQueryable<StudentDto> SelectDto(this IQueryable<Student> students, IQueryable<Domain.Schools.School> schools,
        IQueryable<Domain.Pathways.CareerPathway> pathways) =>
        students.Select(s => new StudentDto(
            s.Id, s.SisId, s.FirstName, s.LastName, s.Email, s.Grade, s.DateOfBirth, s.SchoolId,
            schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First(),
            s.IsActive,
            s.Enrolments.OrderBy(e => e.EnrolledOn)
                .Select(e => new EnrolmentDto(e.PathwayId, pathways.Where(p => p.Id == e.PathwayId).Select(p => p.Name).First(), e.EnrolledOn, e.EndedOn))
                .ToList()));
}
