using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Internships.LoadTests.Roster;

internal sealed record RosterZipOptions(string OutputPath, int Students, int Schools, int ClassesPerStudent, int Seed, int YearsLater = 0);

/// <summary>
/// Writes the OneRoster 1.2 CSV export (a zip) of a whole district for the roster import benchmark: <c>Students</c>
/// students in grades 9–12 spread over <c>Schools</c> high schools, a teacher per 25 students, each student in
/// <c>ClassesPerStudent</c> classes of a 30-course catalogue (some of whose codes the benchmark's pathways list), with
/// demographics. <c>YearsLater</c> writes the same district that many school years on: every student a grade up, the
/// seniors gone (graduated), for timing an import that changes most records. Every column of each file in the specification's order, GUID sourcedIds (deterministic from the seed),
/// quoted fields where a name has a comma or a quote, UTF-8 names. The same options always write the same zip.
/// </summary>
internal sealed class RosterZipGenerator(RosterZipOptions options, TextWriter output)
{
    /// <summary>The course codes of the catalogue; the benchmark script makes pathways that list some of them.</summary>
    public static readonly IReadOnlyList<(string Code, string Title)> Catalogue =
    [
        ("ENG-101", "Introduction to Engineering Design"), ("ENG-201", "Principles of Engineering"), ("ENG-301", "Digital Electronics"),
        ("HSC-101", "Principles of Biomedical Science"), ("HSC-201", "Human Body Systems"), ("HSC-301", "Medical Interventions"),
        ("AG-101", "Agriscience"), ("AG-201", "Plant and Soil Science"), ("CS-101", "Computer Science Principles"), ("CS-201", "Software Engineering"),
        ("BUS-101", "Personal Finance"), ("BUS-201", "Accounting"), ("ART-101", "Ceramics"), ("ART-201", "Digital Photography"),
        ("MUS-101", "Concert Band"), ("PE-101", "Physical Education"), ("MTH-101", "Algebra I"), ("MTH-201", "Geometry"), ("MTH-301", "Algebra II"),
        ("MTH-401", "Pre-Calculus"), ("SCI-101", "Biology"), ("SCI-201", "Chemistry"), ("SCI-301", "Physics"), ("ELA-101", "English 9"),
        ("ELA-201", "English 10"), ("ELA-301", "American Literature"), ("ELA-401", "World Literature"), ("HIS-101", "World History"),
        ("HIS-201", "U.S. History"), ("LAN-101", "Spanish I"),
    ];

    private static readonly string[] GivenNames =
        ["José", "María", "Zoë", "Mai", "Ngozi", "Liam", "Olivia", "Noah", "Amara", "Dmitri", "Chloé", "Mateo", "Aiyana", "Hiroshi", "Fatima", "Søren"];

    private static readonly string[] FamilyNames =
        ["Núñez", "García", "O'Brien", "Nguyễn", "Adébáyọ̀", "Smith, Jr.", "Johnson", "Kowalski", "Yamamoto", "Said", "Øster", "Müller", "Lee", "Patel"];

    private readonly Random _random = new(options.Seed);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var stamp = "2026-08-01T09:30:00.000Z";
        var district = Guid();
        var year = Guid();
        var schools = Enumerable.Range(1, options.Schools).Select(i => (Id: Guid(), Name: $"Valley High School {i}", Code: $"VHS-{i:000}")).ToList();
        var courses = schools.SelectMany(s => Catalogue.Select(c => (Id: Guid(), School: s.Id, c.Code, c.Title))).ToList();
        var classes = courses.Select(c => (Id: Guid(), Course: c)).ToList();
        var classesBySchool = classes.GroupBy(c => c.Course.School).ToDictionary(g => g.Key, g => g.ToList());

        await using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Write(zip, "manifest.csv", ["propertyName", "value"], Manifest());
        Write(zip, "orgs.csv", ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
            schools.Select(s => new[] { s.Id, "", stamp, s.Name, "school", s.Code, district })
                .Prepend([district, "", stamp, "Valley Unified School District", "district", "VUSD", ""]));
        Write(zip, "academicSessions.csv", ["sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate", "parentSourcedId", "schoolYear"],
            [[year, "", stamp, "2026-2027", "schoolYear", "2026-08-12", "2027-06-04", "", "2027"]]);
        Write(zip, "courses.csv", ["sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades", "orgSourcedId", "subjects",
            "subjectCodes"], courses.Select(c => new[] { c.Id, "", stamp, year, c.Title, c.Code, "09,10,11,12", c.School, "", "" }));
        Write(zip, "classes.csv", ["sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType", "location",
            "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"],
            classes.Select(c => new[] { c.Id, "", stamp, c.Course.Title + " - 1", "09,10,11,12", c.Course.Id, c.Course.Code + "-1", "scheduled", "Room 1",
                c.Course.School, year, "", "", "1" }));

        var people = new List<(string Id, string Role, string School, string Given, string Family, string Number, string Grade, DateOnly? Born)>();
        for (var i = 0; i < options.Students; i++)
        {
            var grade = 9 + _random.Next(4);
            var born = today.AddYears(-(grade + 5)).AddDays(-_random.Next(365));
            grade += options.YearsLater;
            var id = Guid();
            var school = schools[i % schools.Count].Id;
            var given = Pick(GivenNames);
            var family = Pick(FamilyNames);
            if (grade > 12)
            {
                continue;
            }

            people.Add((id, "student", school, given, family, (4_100_000 + i).ToString(CultureInfo.InvariantCulture),
                grade.ToString("00", CultureInfo.InvariantCulture), born));
        }

        for (var i = 0; i < options.Students / 25; i++)
        {
            people.Add((Guid(), "teacher", schools[i % schools.Count].Id, Pick(GivenNames), Pick(FamilyNames),
                (9_000_000 + i).ToString(CultureInfo.InvariantCulture), "", null));
        }

        Write(zip, "users.csv", ["sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName", "middleName",
            "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password", "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName",
            "preferredMiddleName", "preferredFamilyName", "primaryOrgSourcedId", "pronouns"],
            people.Select(p => new[]
            {
                p.Id, "", stamp, "true", $"u{p.Number}", $"{{state:ST{p.Number}}}", p.Given, p.Family, "", p.Number, $"u{p.Number}@valley.example", "", "",
                "", p.Grade, "", "", "", "", "", "", p.School, "",
            }));
        Write(zip, "roles.csv", ["sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate", "orgSourcedId",
            "userProfileSourcedId"], people.Select(p => new[] { Guid(), "", stamp, p.Id, "primary", p.Role, "", "", p.School, "" }));
        Write(zip, "demographics.csv", ["sourcedId", "status", "dateLastModified", "birthDate", "sex", "americanIndianOrAlaskaNative", "asian",
            "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity",
            "countryOfBirthCode", "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus"],
            people.Where(p => p.Born is not null).Select(p => new[]
            {
                p.Id, "", stamp, p.Born!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "unspecified", "", "", "", "", "", "", "", "US", "CA",
                "Fresno", "",
            }));
        Write(zip, "enrollments.csv", ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role", "primary",
            "beginDate", "endDate"],
            people.Where(p => p.Role == "student").SelectMany(p => classesBySchool[p.School].OrderBy(_ => _random.Next()).Take(options.ClassesPerStudent)
                .Select(c => new[] { Guid(), "", stamp, c.Id, p.School, p.Id, "student", "false", "2026-08-12", "2027-06-04" })));

        var students = people.Count(p => p.Role == "student");
        await output.WriteLineAsync($"wrote {path}: {students:N0} students, {people.Count - students:N0} teachers, {schools.Count} schools, "
            + $"{students * options.ClassesPerStudent:N0} enrollments");
        return 0;
    }

    private static IEnumerable<string[]> Manifest()
    {
        yield return ["manifest.version", "1.0"];
        yield return ["oneroster.version", "1.2"];
        foreach (var name in new[] { "academicSessions", "categories", "classes", "classResources", "courses", "courseResources", "demographics",
                     "enrollments", "lineItemLearningObjectiveIds", "lineItems", "lineItemScoreScales", "orgs", "resources", "resultLearningObjectiveIds",
                     "results", "resultScoreScales", "roles", "scoreScales", "userProfiles", "userResources", "users" })
        {
            var sent = name is "academicSessions" or "classes" or "courses" or "demographics" or "enrollments" or "orgs" or "roles" or "users";
            yield return [$"file.{name}", sent ? "bulk" : "absent"];
        }

        yield return ["source.systemName", "Benchmark SIS"];
        yield return ["source.systemCode", "benchmark"];
    }

    private static void Write(ZipArchive zip, string name, string[] columns, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
        writer.Write(string.Join(',', columns));
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                var value = row[i];
                writer.Write(value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value);
            }

            writer.Write("\r\n");
        }
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private string Guid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new System.Guid(bytes).ToString();
    }
}
