using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;

namespace Internships.DemoData;

/// <summary>
/// The OneRoster 1.2 CSV export (a zip) the demo district's student information system "sent" for one school: what
/// the demo imports through the real roster importer, and what a coordinator can download from nowhere but upload
/// again to see an import change nothing. Each file has the specification's columns in its order.
/// </summary>
internal sealed class DemoRosterExport
{
    private readonly List<string[]> _orgs = [];
    private readonly List<string[]> _users = [];
    private readonly List<string[]> _roles = [];
    private readonly List<string[]> _demographics = [];
    private readonly List<string[]> _courses = [];
    private readonly List<string[]> _classes = [];
    private readonly List<string[]> _enrollments = [];
    private readonly string _stamp;
    private readonly string _schoolYear;
    private readonly Func<string> _newId;

    public DemoRosterExport(DateTime modified, Func<string> newId)
    {
        _stamp = modified.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        _newId = newId;
        _schoolYear = newId();
        District = newId();
        _orgs.Add([District, "", _stamp, "Valley Unified School District", "district", "VUSD", ""]);
    }

    public string District { get; }

    public string School(string name, string code)
    {
        var id = _newId();
        _orgs.Add([id, "", _stamp, name, "school", code, District]);
        return id;
    }

    public string Person(string school, string role, string givenName, string familyName, string email, string identifier, int? grade, DateOnly? birthDate)
    {
        var id = _newId();
        _users.Add([id, "", _stamp, "true", email.Split('@')[0], $"{{district:{identifier}}}", givenName, familyName, "", identifier, email, "", "", "",
            grade?.ToString("00", CultureInfo.InvariantCulture) ?? "", "", "", "", "", "", "", school, ""]);
        _roles.Add([_newId(), "", _stamp, id, "primary", role, "", "", school, ""]);
        if (birthDate is { } born)
        {
            _demographics.Add([id, "", _stamp, born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "unspecified", "", "", "", "", "", "", "", "US", "CA", "", ""]);
        }

        return id;
    }

    /// <summary>A course and its one class at the school; answers the class.</summary>
    public string Class(string school, string code, string title)
    {
        var course = _newId();
        var section = _newId();
        _courses.Add([course, "", _stamp, _schoolYear, title, code, "09,10,11,12", school, "", ""]);
        _classes.Add([section, "", _stamp, $"{title} (period 1)", "09,10,11,12", course, code + "-1", "scheduled", "", school, _schoolYear, "", "", "1"]);
        return section;
    }

    public void Enrol(string school, string student, string section) =>
        _enrollments.Add([_newId(), "", _stamp, section, school, student, "student", "false", "", ""]);

    public byte[] ToZip(DateOnly yearStart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            string[] sent = ["academicSessions", "classes", "courses", "demographics", "enrollments", "orgs", "roles", "users"];
            string[] files = ["academicSessions", "categories", "classes", "classResources", "courses", "courseResources", "demographics", "enrollments",
                "lineItemLearningObjectiveIds", "lineItems", "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds", "results",
                "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources", "users"];
            Write(zip, "manifest.csv", ["propertyName", "value"],
            [
                ["manifest.version", "1.0"], ["oneroster.version", "1.2"],
                .. files.Select(f => new[] { $"file.{f}", sent.Contains(f) ? "bulk" : "absent" }),
                ["source.systemName", "Valley SIS"], ["source.systemCode", "valley-sis"],
            ]);
            Write(zip, "orgs.csv", ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"], _orgs);
            Write(zip, "academicSessions.csv", ["sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate", "parentSourcedId", "schoolYear"],
            [[
                _schoolYear, "", _stamp, $"{yearStart.Year}-{yearStart.Year + 1}", "schoolYear", yearStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                yearStart.AddMonths(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", (yearStart.Year + 1).ToString(CultureInfo.InvariantCulture),
            ]]);
            Write(zip, "users.csv", ["sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName", "middleName",
                "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
                "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns"], _users);
            Write(zip, "roles.csv", ["sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate", "orgSourcedId",
                "userProfileSourcedId"], _roles);
            Write(zip, "demographics.csv", ["sourcedId", "status", "dateLastModified", "birthDate", "sex", "americanIndianOrAlaskaNative", "asian",
                "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity",
                "countryOfBirthCode", "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus"], _demographics);
            Write(zip, "courses.csv", ["sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades", "orgSourcedId",
                "subjects", "subjectCodes"], _courses);
            Write(zip, "classes.csv", ["sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType", "location",
                "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"], _classes);
            Write(zip, "enrollments.csv", ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary",
                "beginDate", "endDate"], _enrollments);
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows.Prepend(header))
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }
}
