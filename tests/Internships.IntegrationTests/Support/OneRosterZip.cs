using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// Builds the zip a student information system exports in the 1EdTech OneRoster 1.2 CSV binding, shaped as the
/// specification's tables: every column of each file in the specification's order, GUID sourcedIds, YYYY-MM-DD dates,
/// ISO 8601 date-times, fields quoted (RFC 4180) when they hold a comma, a quote or a line break, UTF-8. Kept free of
/// the product's code, so that a test compares the product with the specification, not with itself.
/// </summary>
public sealed class OneRosterZip
{
    public static readonly string[] ManifestColumns = ["propertyName", "value"];

    public static readonly string[] OrgColumns = ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"];

    public static readonly string[] UserColumns =
    [
        "sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName", "middleName", "identifier",
        "email", "sms", "phone", "agentSourcedIds", "grades", "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
        "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns",
    ];

    public static readonly string[] RoleColumns =
        ["sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate", "orgSourcedId", "userProfileSourcedId"];

    public static readonly string[] DemographicColumns =
    [
        "sourcedId", "status", "dateLastModified", "birthDate", "sex", "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican",
        "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode",
        "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus",
    ];

    public static readonly string[] AcademicSessionColumns =
        ["sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate", "parentSourcedId", "schoolYear"];

    public static readonly string[] CourseColumns =
        ["sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes"];

    public static readonly string[] ClassColumns =
    [
        "sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType", "location", "schoolSourcedId",
        "termSourcedIds", "subjects", "subjectCodes", "periods",
    ];

    public static readonly string[] EnrollmentColumns =
        ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary", "beginDate", "endDate"];

    private static readonly string[] ManifestFiles =
    [
        "academicSessions", "categories", "classes", "classResources", "courses", "courseResources", "demographics", "enrollments",
        "lineItemLearningObjectiveIds", "lineItems", "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds", "results",
        "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources", "users",
    ];

    private static readonly string[] DataFiles = ["orgs", "users", "roles", "demographics", "academicSessions", "courses", "classes", "enrollments"];

    /// <summary>Bulk (the whole district) or delta (changes since the last export, with status and dateLastModified).</summary>
    public string Mode { get; set; } = "bulk";

    /// <summary>When every record was last changed, unless it says otherwise.</summary>
    public DateTime Modified { get; set; } = new(2026, 8, 1, 9, 30, 0, DateTimeKind.Utc);

    public Org District { get; }

    public Session SchoolYear { get; }

    public List<Org> Orgs { get; } = [];

    public List<Person> People { get; } = [];

    public List<Course> Courses { get; } = [];

    public List<Section> Classes { get; } = [];

    public List<(Person Student, Section Class)> Enrollments { get; } = [];

    /// <summary>Columns to leave out of a file's header and rows, e.g. ("users", "givenName").</summary>
    public HashSet<(string File, string Column)> Omitted { get; } = [];

    /// <summary>Files to leave out of the zip (the manifest still lists them).</summary>
    public HashSet<string> Missing { get; } = [];

    /// <summary>Files the manifest says are absent (and the zip leaves out).</summary>
    public HashSet<string> Absent { get; } = [];

    /// <summary>Columns the specification does not have, added at the end of a file (they must be ignored).</summary>
    public Dictionary<string, string> ExtraColumns { get; } = [];

    /// <summary>Values to write instead of what the records say: (file, sourcedId, column) → value.</summary>
    public Dictionary<(string File, string SourcedId, string Column), string> Overrides { get; } = [];

    public string OneRosterVersion { get; set; } = "1.2";

    public OneRosterZip()
    {
        District = new Org(Guid.NewGuid().ToString(), "Valley Unified School District", "district", "VUSD", null);
        Orgs.Add(District);
        SchoolYear = new Session(Guid.NewGuid().ToString(), "2026-2027", "schoolYear", new DateOnly(2026, 8, 12), new DateOnly(2027, 6, 4), "2027");
    }

    public Org School(string name, string? identifier)
    {
        var school = new Org(Guid.NewGuid().ToString(), name, "school", identifier, District.SourcedId);
        Orgs.Add(school);
        return school;
    }

    public Person Student(Org school, string givenName, string familyName, string grade, DateOnly? birthDate, string? sisId = null, string? email = null)
    {
        var id = sisId ?? UniqueNumber();
        var student = new Person(Guid.NewGuid().ToString(), "student", school, givenName, familyName, $"s{id}",
            email ?? $"s{id}@students.valley.example", id, grade, birthDate);
        People.Add(student);
        return student;
    }

    public Person Staff(Org school, string role, string givenName, string familyName, string email)
    {
        var person = new Person(Guid.NewGuid().ToString(), role, school, givenName, familyName, email.Split('@')[0], email, UniqueNumber(), "", null);
        People.Add(person);
        return person;
    }

    public Course AddCourse(Org school, string code, string title)
    {
        var course = new Course(Guid.NewGuid().ToString(), code, title, school);
        Courses.Add(course);
        return course;
    }

    public Section AddClass(Course course, string title)
    {
        var section = new Section(Guid.NewGuid().ToString(), title, course);
        Classes.Add(section);
        return section;
    }

    public void Enrol(Person student, Section section) => Enrollments.Add((student, section));

    public byte[] ToZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "manifest.csv", ManifestColumns, ManifestRows());
            foreach (var file in DataFiles.Where(f => !Missing.Contains(f) && !Absent.Contains(f)))
            {
                var (columns, rows) = Table(file);
                Add(zip, $"{file}.csv", columns, rows);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>One file's text, as it goes in the zip.</summary>
    public string Csv(string file)
    {
        var (columns, rows) = Table(file);
        return Render(file, columns, rows);
    }

    private IEnumerable<string?[]> ManifestRows()
    {
        yield return ["manifest.version", "1.0"];
        yield return ["oneroster.version", OneRosterVersion];
        foreach (var file in ManifestFiles)
        {
            yield return [$"file.{file}", DataFiles.Contains(file) && !Absent.Contains(file) ? Mode : "absent"];
        }

        yield return ["source.systemName", "Tests SIS"];
        yield return ["source.systemCode", "tests"];
    }

    private (string[] Columns, IEnumerable<string?[]> Rows) Table(string file) => file switch
    {
        "orgs" => (OrgColumns, Orgs.Select(o => Row(o, o.Name, o.Type, o.Identifier, o.ParentSourcedId))),
        "users" => (UserColumns, People.Select(p => Row(p, p.Enabled ? "true" : "false", p.Username, p.UserIds, p.GivenName, p.FamilyName, null,
            p.Identifier, p.Email, null, null, null, p.Grade, null, null, null, null, null, null, p.School.SourcedId, null))),
        "roles" => (RoleColumns, People.Select(p => new string?[]
        {
            p.RoleSourcedId, Status(p.RoleStatus), Stamp(p.Modified), p.SourcedId, "primary", p.Role, null, null, p.School.SourcedId, null,
        })),
        "demographics" => (DemographicColumns, People.Where(p => p.BirthDate is not null).Select(p => Row(p, Iso(p.BirthDate!.Value),
            "unspecified", "false", "false", "false", "false", "false", "false", "false", "US", "CA", "Fresno", null))),
        "academicSessions" => (AcademicSessionColumns, [Row(SchoolYear, SchoolYear.Title, SchoolYear.Type, Iso(SchoolYear.Start),
            Iso(SchoolYear.End), null, SchoolYear.Year)]),
        "courses" => (CourseColumns, Courses.Select(c => Row(c, SchoolYear.SourcedId, c.Title, c.Code, "11,12", c.School.SourcedId, "Engineering", null))),
        "classes" => (ClassColumns, Classes.Select(c => Row(c, c.Title, "11,12", c.Course.SourcedId, c.Course.Code + "-1", "scheduled", "Room 12",
            c.Course.School.SourcedId, SchoolYear.SourcedId, null, null, "1"))),
        "enrollments" => (EnrollmentColumns, Enrollments.Select((e, i) => new string?[]
        {
            $"{e.Student.SourcedId}-{e.Class.SourcedId}", Status(null), Stamp(null), e.Class.SourcedId, e.Class.Course.School.SourcedId,
            e.Student.SourcedId, "student", "false", Iso(SchoolYear.Start), Iso(SchoolYear.End),
        })),
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    private string?[] Row(Record record, params string?[] values) => [record.SourcedId, Status(record.Status), Stamp(record.Modified), .. values];

    private string? Status(string? status) => status ?? (Mode == "delta" ? "active" : null);

    private string? Stamp(DateTime? modified) => (modified ?? Modified).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Add(ZipArchive zip, string name, string[] columns, IEnumerable<string?[]> rows)
    {
        var entry = zip.CreateEntry(name);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(Render(Path.GetFileNameWithoutExtension(name), columns, rows));
    }

    private string Render(string file, string[] columns, IEnumerable<string?[]> rows)
    {
        var keep = columns.Select((c, i) => (c, i)).Where(x => !Omitted.Contains((file, x.c))).ToList();
        var extra = ExtraColumns.TryGetValue(file, out var column) ? column : null;
        var text = new StringBuilder();
        text.Append(string.Join(',', keep.Select(x => x.c).Concat(extra is null ? [] : [extra]))).Append("\r\n");
        foreach (var row in rows)
        {
            var values = keep.Select(x => Overrides.TryGetValue((file, row[0]!, x.c), out var value) ? value : row[x.i]);
            text.Append(string.Join(',', values.Concat(extra is null ? [] : ["ignored, surely"]).Select(Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    private static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static int _number = 5_500_000;

    private static string UniqueNumber() => Interlocked.Increment(ref _number).ToString(CultureInfo.InvariantCulture);

    public abstract class Record(string sourcedId)
    {
        public string SourcedId { get; set; } = sourcedId;

        /// <summary>"active" or "tobedeleted" (delta files); null writes active in a delta file and nothing in a bulk one.</summary>
        public string? Status { get; set; }

        public DateTime? Modified { get; set; }
    }

    public sealed class Org(string sourcedId, string name, string type, string? identifier, string? parentSourcedId) : Record(sourcedId)
    {
        public string Name { get; set; } = name;

        public string Type { get; set; } = type;

        public string? Identifier { get; set; } = identifier;

        public string? ParentSourcedId { get; } = parentSourcedId;
    }

    public sealed class Person(string sourcedId, string role, Org school, string givenName, string familyName, string username, string? email,
        string identifier, string grade, DateOnly? birthDate) : Record(sourcedId)
    {
        public string RoleSourcedId { get; } = Guid.NewGuid().ToString();

        public string Role { get; set; } = role;

        public string? RoleStatus { get; set; }

        public Org School { get; set; } = school;

        public bool Enabled { get; set; } = true;

        public string Username { get; set; } = username;

        /// <summary>The userIds field, e.g. "{state:5501234},{LDAP:jnunez}".</summary>
        public string? UserIds { get; set; }

        public string GivenName { get; set; } = givenName;

        public string FamilyName { get; set; } = familyName;

        public string Identifier { get; set; } = identifier;

        public string? Email { get; set; } = email;

        public string Grade { get; set; } = grade;

        public DateOnly? BirthDate { get; set; } = birthDate;
    }

    public sealed class Session(string sourcedId, string title, string type, DateOnly start, DateOnly end, string year) : Record(sourcedId)
    {
        public string Title { get; } = title;

        public string Type { get; } = type;

        public DateOnly Start { get; } = start;

        public DateOnly End { get; } = end;

        public string Year { get; } = year;
    }

    public sealed class Course(string sourcedId, string code, string title, Org school) : Record(sourcedId)
    {
        public string Code { get; } = code;

        public string Title { get; } = title;

        public Org School { get; } = school;
    }

    public sealed class Section(string sourcedId, string title, Course course) : Record(sourcedId)
    {
        public string Title { get; } = title;

        public Course Course { get; } = course;
    }
}
