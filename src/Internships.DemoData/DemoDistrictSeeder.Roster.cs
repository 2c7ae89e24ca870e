using System.Globalization;
using Bogus;
using Internships.Domain.Roster;

namespace Internships.DemoData;

public sealed partial class DemoDistrictSeeder
{
    private const string RosteredSchoolCode = "3476018";
    private const string RosterCoordinatorEmail = "dana.whitfield@valleyusd.example";

    /// <summary>
    /// One school's students came from the student information system: its OneRoster export (the students as they
    /// are, a teacher mapped as coordinator, each student in a pathway course and an English class) imported by the real
    /// importer, as the demo coordinator. The school and its students now carry sourcedIds, the teacher is a
    /// coordinator waiting for an invitation, and the courses suggest pathway enrolments waiting for a decision.
    /// </summary>
    private async Task SeedRosterImportAsync(District district, CancellationToken cancellationToken)
    {
        // A generator of its own, so the rest of the demo district stays the same whatever the roster draws.
        var random = new Randomizer(RandomSeed + 12);
        var (seed, school) = district.Schools.Single(s => s.Seed.Code == RosteredSchoolCode);
        var export = new DemoRosterExport(_now.AddDays(-1), () => random.Guid().ToString());
        var schoolId = export.School(school.Name, school.Code);
        export.Person(schoolId, "teacher", "Dana", "Whitfield", RosterCoordinatorEmail, "T-1187", grade: null, birthDate: null);

        var pathwayClasses = seed.PathwayKeys
            .SelectMany(key => DemoCatalogue.Pathways.Single(p => p.Key == key).Courses.Take(2))
            .Select((course, i) => export.Class(schoolId, $"CTE-{i + 101}", course))
            .ToList();
        var englishClasses = Enumerable.Range(9, 4).ToDictionary(g => g, g => export.Class(schoolId, $"ELA-{g}", $"English {g}"));
        foreach (var student in district.Students.Where(s => s.SchoolId == school.Id && s.IsActive))
        {
            var id = export.Person(schoolId, "student", student.FirstName, student.LastName, student.Email, student.SisId, student.Grade, student.DateOfBirth);
            export.Enrol(schoolId, id, englishClasses[student.Grade]);
            export.Enrol(schoolId, id, random.ArrayElement(pathwayClasses.ToArray()));
        }

        var zip = export.ToZip(FirstDayOfSchool(yearsAgo: 0));
        var upload = RosterImport.Upload(zip, $"valley-sis-oneroster-{_today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip", dryRun: false,
            RosterCoordinatorEmail, "coordinator@demo.local", null, _now.AddHours(-20));
        db.RosterImportFiles.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        await roster.RunAsync(upload.Import!, zip, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (upload.Import!.Status != RosterImportStatus.Succeeded)
        {
            throw new InvalidOperationException($"The demo roster did not import: {upload.Import.ErrorCount} errors.");
        }
    }
}
