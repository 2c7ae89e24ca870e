using System.Globalization;
using System.Text.RegularExpressions;
using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster.OneRoster;

/// <summary>
/// Reads the files of a <see cref="OneRosterPackage"/> into rows, checking each value against the OneRoster 1.2 CSV
/// binding: a required value present, sourcedIds unique in their file, <c>status</c> active or tobedeleted,
/// <c>dateLastModified</c> an ISO 8601 date-time, dates as YYYY-MM-DD, <c>enabledUser</c> true or false, the enumerations
/// (org types, role types, roles; <c>ext:</c> extensions allowed), <c>userIds</c> as {type:identifier} pairs. Each
/// problem is reported with its file, line and column; unknown columns are ignored.
/// </summary>
public static partial class OneRosterReader
{
    public const int MaxSourcedIdLength = 255;

    private static readonly HashSet<string> OrgTypes = ["department", "school", "district", "local", "state", "national"];

    private static readonly HashSet<string> RoleTypes = ["primary", "secondary"];

    private static readonly HashSet<string> RoleNames =
    [
        "aide", "counselor", "districtAdministrator", "guardian", "parent", "principal", "proctor", "relative", "siteAdministrator", "student",
        "systemAdministrator", "teacher", "administrator",
    ];

    public static OneRosterData Read(OneRosterPackage package, List<RosterIssue> issues)
    {
        // Every sourcedId of each file, the rows with errors too: a reference to a row with an error is not a second error.
        var known = new Dictionary<OneRosterTable, HashSet<string>>();
        var orgs = ReadFile(package, OneRosterTable.Orgs, issues, known, (row, c) => new OrgRow(row.Line, c.SourcedId, c.Status, c.Modified,
            c.Required("name"), c.Enumeration("type", OrgTypes), row["identifier"]));
        var users = ReadFile(package, OneRosterTable.Users, issues, known, (row, c) =>
        {
            c.Boolean("enabledUser");
            return new UserRow(row.Line, c.SourcedId, c.Status, c.Modified, c.Required("username"), c.UserIds("userIds"),
                c.Required("givenName"), c.Required("familyName"), row["identifier"], row["email"], List(row["grades"]));
        });
        var roles = ReadFile(package, OneRosterTable.Roles, issues, known, (row, c) => new RoleRow(row.Line, c.SourcedId, c.Status,
            c.Required("userSourcedId"), c.Enumeration("roleType", RoleTypes) == "primary", c.Enumeration("role", RoleNames),
            c.Required("orgSourcedId")));
        var demographics = ReadFile(package, OneRosterTable.Demographics, issues, known, (row, c) =>
            new DemographicRow(row.Line, c.SourcedId, c.Status, c.Date("birthDate")));
        var courses = ReadFile(package, OneRosterTable.Courses, issues, known, (row, c) =>
        {
            c.Required("orgSourcedId");
            return new CourseRow(row.Line, c.SourcedId, c.Status, c.Required("title"), row["courseCode"]);
        });
        var classes = ReadFile(package, OneRosterTable.Classes, issues, known, (row, c) => new ClassRow(row.Line, c.SourcedId, c.Status,
            c.Required("title"), c.Required("courseSourcedId")));
        var enrollments = ReadFile(package, OneRosterTable.Enrollments, issues, known, (row, c) =>
        {
            c.Date("beginDate");
            c.Date("endDate");
            return new EnrollmentRow(row.Line, c.SourcedId, c.Status, c.Required("classSourcedId"), c.Required("userSourcedId"),
                c.Enumeration("role", RoleNames));
        });

        CheckReferences(package, issues, known, roles, demographics, classes, enrollments);
        return new OneRosterData(package.ModeOf(OneRosterTable.Orgs), package.ModeOf(OneRosterTable.Users), orgs, users, roles,
            demographics.ToDictionary(d => d.SourcedId, StringComparer.Ordinal), enrollments,
            classes.ToDictionary(c => c.SourcedId, StringComparer.Ordinal), courses.ToDictionary(c => c.SourcedId, StringComparer.Ordinal));
    }

    /// <summary>
    /// Each reference to another file names a row of it, when that file is sent whole (bulk); a delta file's references
    /// may name records sent before.
    /// </summary>
    private static void CheckReferences(OneRosterPackage package, List<RosterIssue> issues, Dictionary<OneRosterTable, HashSet<string>> known,
        List<RoleRow> roles, List<DemographicRow> demographics, List<ClassRow> classes, List<EnrollmentRow> enrollments)
    {
        void Check<TRow>(IEnumerable<TRow> rows, OneRosterTable from, OneRosterTable to, string column, Func<TRow, (int Line, RowStatus Status, string Key)> reference)
        {
            if (package.ModeOf(to) != RosterFileMode.Bulk || !known.TryGetValue(to, out var targets))
            {
                return;
            }

            foreach (var (line, status, key) in rows.Select(reference))
            {
                if (status == RowStatus.Active && key.Length > 0 && !targets.Contains(key))
                {
                    issues.Add(new RosterIssue(from.FileName, line, column, $"No row of {to.FileName} has the sourcedId '{key}'."));
                }
            }
        }

        Check(roles, OneRosterTable.Roles, OneRosterTable.Users, "userSourcedId", r => (r.Line, r.Status, r.UserSourcedId));
        Check(roles, OneRosterTable.Roles, OneRosterTable.Orgs, "orgSourcedId", r => (r.Line, r.Status, r.OrgSourcedId));
        Check(demographics, OneRosterTable.Demographics, OneRosterTable.Users, "sourcedId", d => (d.Line, d.Status, d.SourcedId));
        Check(classes, OneRosterTable.Classes, OneRosterTable.Courses, "courseSourcedId", c => (c.Line, c.Status, c.CourseSourcedId));
        Check(enrollments, OneRosterTable.Enrollments, OneRosterTable.Classes, "classSourcedId", e => (e.Line, e.Status, e.ClassSourcedId));
        Check(enrollments, OneRosterTable.Enrollments, OneRosterTable.Users, "userSourcedId", e => (e.Line, e.Status, e.UserSourcedId));
    }

    /// <summary>A list field: values separated by commas (the field quoted when there are several).</summary>
    public static IReadOnlyList<string> List(string value) =>
        value.Length == 0 ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<T> ReadFile<T>(OneRosterPackage package, OneRosterTable table, List<RosterIssue> issues, Dictionary<OneRosterTable, HashSet<string>> known,
        Func<CsvRecord, RowChecker, T> parse)
    {
        var mode = package.ModeOf(table);
        var rows = new List<T>();
        var seen = known[table] = new HashSet<string>(StringComparer.Ordinal);
        var stamps = new LastStamp();
        foreach (var record in package.Read(table, issues))
        {
            var checker = new RowChecker(record, table.FileName, mode, issues, stamps);
            var row = parse(record, checker);
            if (checker.SourcedId.Length > 0 && !seen.Add(checker.SourcedId))
            {
                checker.Fail("sourcedId", $"The sourcedId '{checker.SourcedId}' is already on an earlier row of {table.FileName}.");
            }

            if (!checker.Failed)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\{([^:{}]+):([^{}]+)\}$")]
    private static partial Regex UserIdPair();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDateStart();

    /// <summary>The last <c>dateLastModified</c> of a file, parsed.</summary>
    private sealed class LastStamp
    {
        public string? Text { get; set; }

        public DateTime Value { get; set; }
    }

    /// <summary>Reads one row's values, noting each problem against its column.</summary>
    private sealed class RowChecker
    {
        private readonly CsvRecord _row;
        private readonly string _file;
        private readonly List<RosterIssue> _issues;
        private readonly LastStamp _stamps;

        public RowChecker(CsvRecord row, string file, RosterFileMode mode, List<RosterIssue> issues, LastStamp stamps)
        {
            _row = row;
            _file = file;
            _issues = issues;
            _stamps = stamps;
            SourcedId = Required("sourcedId");
            if (SourcedId.Length > MaxSourcedIdLength)
            {
                Fail("sourcedId", $"A sourcedId has at most {MaxSourcedIdLength} characters.");
            }

            Status = ReadStatus(row[OneRosterTable.Status], mode);
            Modified = ReadModified(row[OneRosterTable.DateLastModified], mode);
        }

        public string SourcedId { get; }

        public RowStatus Status { get; }

        public DateTime? Modified { get; }

        public bool Failed { get; private set; }

        /// <summary>A row to be deleted needs only its sourcedId: the rest of its values do not matter any more.</summary>
        private bool Lenient => Status == RowStatus.ToBeDeleted;

        public string Required(string column)
        {
            var value = _row[column];
            if (value.Length == 0 && !(Lenient && column != "sourcedId"))
            {
                Fail(column, $"'{column}' is required.");
            }

            return value;
        }

        public string Enumeration(string column, IReadOnlySet<string> allowed)
        {
            var value = Required(column);
            if (value.Length > 0 && !allowed.Contains(value) && !value.StartsWith("ext:", StringComparison.Ordinal))
            {
                Fail(column, $"'{value}' is not a {column} OneRoster knows: use one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))} (or an ext: value).");
            }

            return value;
        }

        public void Boolean(string column)
        {
            var value = Required(column);
            if (value.Length > 0 && !value.Equals("true", StringComparison.OrdinalIgnoreCase) && !value.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                Fail(column, $"'{value}' is not true or false.");
            }
        }

        public DateOnly? Date(string column)
        {
            var value = _row[column];
            if (value.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(column, $"'{value}' is not a date: write it as YYYY-MM-DD.");
            return null;
        }

        public IReadOnlyList<(string Type, string Identifier)> UserIds(string column)
        {
            var pairs = new List<(string, string)>();
            foreach (var item in List(_row[column]))
            {
                var match = UserIdPair().Match(item);
                if (!match.Success)
                {
                    Fail(column, $"'{item}' is not a user id: write each as {{type:identifier}}, e.g. {{state:5501234}}.");
                    continue;
                }

                pairs.Add((match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim()));
            }

            return pairs;
        }

        public void Fail(string column, string message)
        {
            Failed = true;
            _issues.Add(new RosterIssue(_file, _row.Line, column, message));
        }

        private RowStatus ReadStatus(string value, RosterFileMode mode)
        {
            switch (value)
            {
                case "active":
                    return RowStatus.Active;
                case "tobedeleted":
                    return RowStatus.ToBeDeleted;
                case "" when mode != RosterFileMode.Delta:
                    return RowStatus.Active;
                case "":
                    Fail(OneRosterTable.Status, "A delta file says each row's status: active or tobedeleted.");
                    return RowStatus.Active;
                default:
                    Fail(OneRosterTable.Status, $"'{value}' is not a status: use active or tobedeleted.");
                    return RowStatus.Active;
            }
        }

        private DateTime? ReadModified(string value, RosterFileMode mode)
        {
            if (value.Length == 0)
            {
                if (mode == RosterFileMode.Delta)
                {
                    Fail(OneRosterTable.DateLastModified, "A delta file says when each row last changed (dateLastModified).");
                }

                return null;
            }

            if (value == _stamps.Text)
            {
                // Exports stamp many rows with the same moment: parse each one once.
                return _stamps.Value;
            }

            if (IsoDateStart().IsMatch(value)
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                (_stamps.Text, _stamps.Value) = (value, moment.UtcDateTime);
                return moment.UtcDateTime;
            }

            Fail(OneRosterTable.DateLastModified, $"'{value}' is not a date and time: write it as ISO 8601, e.g. 2026-08-01T09:30:00.000Z.");
            return null;
        }
    }
}
