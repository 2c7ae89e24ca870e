namespace Internships.Application.Features.Roster.OneRoster;

/// <summary>A row's <c>status</c>: blank in a bulk file; in a delta file, whether the record is current or to be removed.</summary>
public enum RowStatus
{
    Active,
    ToBeDeleted,
}

/// <summary>An org of <c>orgs.csv</c> (a school, the district, a department…).</summary>
public sealed record OrgRow(int Line, string SourcedId, RowStatus Status, DateTime? Modified, string Name, string Type, string Identifier)
{
    public bool IsSchool => Type == "school";
}

/// <summary>A person of <c>users.csv</c>; what they are (student, teacher…) is in their <see cref="RoleRow"/>s.</summary>
public sealed record UserRow(
    int Line,
    string SourcedId,
    RowStatus Status,
    DateTime? Modified,
    string Username,
    IReadOnlyList<(string Type, string Identifier)> UserIds,
    string GivenName,
    string FamilyName,
    string Identifier,
    string Email,
    IReadOnlyList<string> Grades);

/// <summary>A role of <c>roles.csv</c>: a user's role (student, teacher, administrator…) at an org, primary or secondary.</summary>
public sealed record RoleRow(int Line, string SourcedId, RowStatus Status, string UserSourcedId, bool IsPrimary, string Role, string OrgSourcedId);

/// <summary>A user's <c>demographics.csv</c> row (same sourcedId as the user); the import reads only the birth date.</summary>
public sealed record DemographicRow(int Line, string SourcedId, RowStatus Status, DateOnly? BirthDate);

/// <summary>A user in a class (<c>enrollments.csv</c>).</summary>
public sealed record EnrollmentRow(int Line, string SourcedId, RowStatus Status, string ClassSourcedId, string UserSourcedId, string Role);

/// <summary>A class (<c>classes.csv</c>): a section of a course.</summary>
public sealed record ClassRow(int Line, string SourcedId, RowStatus Status, string Title, string CourseSourcedId);

/// <summary>A course (<c>courses.csv</c>), with the code a pathway's course sequence may list.</summary>
public sealed record CourseRow(int Line, string SourcedId, RowStatus Status, string Title, string CourseCode);

/// <summary>Every file of a roster upload the import uses, read and checked row by row.</summary>
public sealed record OneRosterData(
    Domain.Roster.RosterFileMode OrgsMode,
    Domain.Roster.RosterFileMode UsersMode,
    IReadOnlyList<OrgRow> Orgs,
    IReadOnlyList<UserRow> Users,
    IReadOnlyList<RoleRow> Roles,
    IReadOnlyDictionary<string, DemographicRow> Demographics,
    IReadOnlyList<EnrollmentRow> Enrollments,
    IReadOnlyDictionary<string, ClassRow> Classes,
    IReadOnlyDictionary<string, CourseRow> Courses);
