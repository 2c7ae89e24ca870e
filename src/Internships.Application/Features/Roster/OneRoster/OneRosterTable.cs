namespace Internships.Application.Features.Roster.OneRoster;

/// <summary>
/// A file of the OneRoster 1.2 CSV binding that the import reads: its name in the zip, its key in manifest.csv, and the
/// columns whose values the specification requires (a header without one of them is refused; other columns, and
/// columns the specification adds later, are ignored). Values are read by column name, so the column order the
/// specification gives is welcome but not relied on.
/// </summary>
public sealed record OneRosterTable(string FileName, string ManifestKey, IReadOnlyList<string> RequiredColumns)
{
    public const string Status = "status";
    public const string DateLastModified = "dateLastModified";

    public static readonly OneRosterTable Orgs = new("orgs.csv", "file.orgs", ["sourcedId", "name", "type"]);

    public static readonly OneRosterTable Users = new("users.csv", "file.users", ["sourcedId", "enabledUser", "username", "givenName", "familyName"]);

    public static readonly OneRosterTable Roles = new("roles.csv", "file.roles", ["sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"]);

    public static readonly OneRosterTable Demographics = new("demographics.csv", "file.demographics", ["sourcedId"]);

    public static readonly OneRosterTable Enrollments = new("enrollments.csv", "file.enrollments",
        ["sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"]);

    public static readonly OneRosterTable Classes = new("classes.csv", "file.classes",
        ["sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedIds"]);

    public static readonly OneRosterTable Courses = new("courses.csv", "file.courses", ["sourcedId", "title", "orgSourcedId"]);

    public static readonly OneRosterTable AcademicSessions = new("academicSessions.csv", "file.academicSessions",
        ["sourcedId", "title", "type", "startDate", "endDate", "schoolYear"]);

    /// <summary>The files the import reads or checks, in the order it reads them.</summary>
    public static readonly IReadOnlyList<OneRosterTable> All = [Orgs, Users, Roles, Demographics, AcademicSessions, Courses, Classes, Enrollments];

    /// <summary>The columns a file sent in this mode must have: a delta file also says each row's status and when it changed.</summary>
    public IEnumerable<string> RequiredIn(Domain.Roster.RosterFileMode mode) =>
        mode == Domain.Roster.RosterFileMode.Delta ? RequiredColumns.Concat([Status, DateLastModified]) : RequiredColumns;
}
