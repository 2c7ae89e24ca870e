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
                .ToList(),
            s.Contacts.OrderByDescending(c => c.IsEmergencyContact).ThenBy(c => c.Id)
                .Select(c => new StudentContactDto(c.Id, c.Name, c.Relationship, c.Phone, c.Email, c.PreferredLanguage, c.IsEmergencyContact))
                .ToList()));

    /// <summary>Loads a student to change, with their contacts, or says they do not exist (nor, when one is named, the contact).</summary>
    public static async Task<Student> LoadStudentWithContactsAsync(this IAppDbContext db, int studentId, CancellationToken cancellationToken,
        int? contactId = null)
    {
        var student = await db.Students.Include(s => s.Contacts).FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken)
            ?? throw NotFoundException.For("Student", studentId);
        return contactId is not { } id || student.Contacts.Any(c => c.Id == id) ? student : throw NotFoundException.For("Contact", id);
    }

    /// <summary>A student's record as the API shows it, or 404.</summary>
    public static async Task<StudentDto> ReadStudentAsync(this IAppDbContext db, int studentId, CancellationToken cancellationToken) =>
        await db.Students.AsNoTracking().Where(s => s.Id == studentId).SelectDto(db.Schools, db.Pathways).FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Student", studentId);
}
