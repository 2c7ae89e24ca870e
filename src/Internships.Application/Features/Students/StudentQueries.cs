using Internships.Domain.Students;

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
                .ToList(),
            s.Version));

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

    /// <summary>
    /// Students not yet placed: active juniors and seniors with no placement that is pending, active or completed (one
    /// ended early does not count), during the term when one is given. The dashboard's number and the students list's
    /// "not yet placed" filter both read it.
    /// </summary>
    public static IQueryable<Student> NotYetPlaced(this IQueryable<Student> students, IQueryable<Domain.Placements.Placement> placements,
        Domain.Terms.Term? term)
    {
        var placed = PlacementsDuring(placements, term);
        return students.Where(s => s.IsActive && Domain.Common.Grades.Internship.Contains(s.Grade) && !placed.Any(p => p.StudentId == s.Id));
    }

    /// <summary>Students with a placement that did not end early (during <paramref name="term"/> when one is given).</summary>
    public static IQueryable<Student> Placed(this IQueryable<Student> students, IQueryable<Domain.Placements.Placement> placements,
        Domain.Terms.Term? term)
    {
        var placed = PlacementsDuring(placements, term);
        return students.Where(s => placed.Any(p => p.StudentId == s.Id));
    }

    private static IQueryable<Domain.Placements.Placement> PlacementsDuring(IQueryable<Domain.Placements.Placement> placements, Domain.Terms.Term? term)
    {
        var placed = placements.Where(p => p.Status != Domain.Placements.PlacementStatus.Ended);
        return term is null ? placed : placed.Where(p => p.StartDate <= term.EndDate && p.EndDate >= term.StartDate);
    }

    /// <summary>The filters of the students list, shared by its export.</summary>
    public static IQueryable<Student> Filter(this IQueryable<Student> students, IAppDbContext db, ListStudentsQuery query, Domain.Terms.Term? term)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Common.Models.Like.Contains(query.Q);
            students = students.Where(s => Common.Models.Like.Matches(s.LastName, pattern)
                || Common.Models.Like.Matches(s.FirstName, pattern)
                || Common.Models.Like.Matches(s.SisId, pattern));
        }

        if (query.SchoolId is { } schoolId)
        {
            students = students.Where(s => s.SchoolId == schoolId);
        }

        if (query.Grade is { } grade)
        {
            students = students.Where(s => s.Grade == grade);
        }

        if (query.PathwayId is { } pathwayId)
        {
            students = students.Where(s => s.Enrolments.Any(e => e.PathwayId == pathwayId && e.EndedOn == null));
        }

        if (query.IsActive is { } isActive)
        {
            students = students.Where(s => s.IsActive == isActive);
        }

        return query.NotPlaced switch
        {
            true => students.NotYetPlaced(db.Placements, term),
            false => students.Placed(db.Placements, term),
            null => students,
        };
    }
}
