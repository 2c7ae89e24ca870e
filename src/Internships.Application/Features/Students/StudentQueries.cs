using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Students;

/// <summary>Reading students as the API shows them.</summary>
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

    /// <summary>A student's record as the API shows it, or 404.</summary>
    public static async Task<StudentDto> ReadStudentAsync(this IAppDbContext db, int studentId, CancellationToken cancellationToken) =>
        await db.Students.AsNoTracking().Where(s => s.Id == studentId).SelectDto(db.Schools, db.Pathways).FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Student", studentId);
}
