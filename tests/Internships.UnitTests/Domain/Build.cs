using Internships.Domain.Applications;
using Internships.Domain.Employers;
using Internships.Domain.Postings;
using Internships.Domain.Students;

namespace Internships.UnitTests.Domain;

/// <summary>Valid domain objects for rule tests; each test changes only what it is about.</summary>
internal static class Build
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly DateTime Now = new(2026, 11, 23, 17, 0, 0, DateTimeKind.Utc);
    public const int PathwayId = 7;

    public static PostingDetails Details(
        DateOnly? start = null, int slots = 2, int? minimumAge = null, int[]? grades = null, int[]? pathways = null,
        string? location = "City Hall", bool remote = false, DateOnly? deadline = null, DateOnly? end = null)
    {
        var startDate = start ?? Today.AddDays(60);
        return new PostingDetails("Engineering intern", "Survey and draft.", pathways ?? [PathwayId], 18.50m, 15m,
            startDate, end ?? startDate.AddDays(120), slots, location, remote, deadline ?? startDate.AddDays(-14),
            grades ?? [11, 12], minimumAge, SupervisorId: null);
    }

    public static Employer Employer(bool agreement = true) => new("City of Fresno", "Government", "hr@city.local", null, null, null,
        agreement ? Today.AddYears(-1) : null, agreement ? Today.AddYears(1) : null);

    public static InternshipPosting OpenPosting(int slots = 2, int? minimumAge = null, int[]? grades = null)
    {
        var posting = new InternshipPosting(0, Details(slots: slots, minimumAge: minimumAge, grades: grades), Now);
        posting.Submit(Now);
        posting.Approve(Employer(), Today, Now);
        posting.ClearDomainEvents();
        return posting;
    }

    public static Student Student(int grade = 11, int age = 16, bool active = true)
    {
        var student = new Student("S1", "Ana", "Diaz", "ana@school.local", grade, Today.AddYears(-age).AddDays(-10), schoolId: 1);
        if (!active)
        {
            student.Update("Ana", "Diaz", "ana@school.local", grade, student.DateOfBirth, 1, isActive: false);
        }

        return student;
    }

    public static InternshipApplication Application(InternshipPosting posting, Student? student = null) =>
        InternshipApplication.Submit(posting, student ?? Student(), [PathwayId], "I like bridges.", rank: 1, Today, Now);
}
