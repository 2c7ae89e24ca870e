using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Roster;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Roster;

/// <summary>
/// Importing the OneRoster 1.2 CSV files a SIS exports, through HTTP and the host's own job server, on a database of
/// its own: a bulk import deactivates rostered students missing from it, so no other fixture's students may be there.
/// The files are shaped as the specification's tables (<see cref="OneRosterZip"/>).
/// </summary>
[NonParallelizable]
public sealed class RosterImportTests
{
    private InternshipsApiFactory _factory = null!;
    private District _district = null!;

    private ApiClient Coordinator => _district.Coordinator;

    private static DateOnly BornAt(int age) => District.Today.AddYears(-age).AddDays(-40);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath());
        _district = await District.CreateAsync(_factory);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _factory.DatabasePath, _factory.DatabasePath + "-wal", _factory.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A school of three students (one with a quoted, non-ASCII name) and a teacher to map as coordinator.</summary>
    private static (OneRosterZip Roster, OneRosterZip.Org School, OneRosterZip.Person[] Students, OneRosterZip.Person Teacher) SmallDistrict()
    {
        var roster = new OneRosterZip();
        var school = roster.School($"Reedley High, Home of the Pirates {District.Next()}", $"RHS-{District.Next()}");
        var students = new[]
        {
            roster.Student(school, "José", "Núñez, Jr.", "11", BornAt(16)),
            roster.Student(school, "Zoë", "O'Brien \"Zo\"", "12", BornAt(17)),
            roster.Student(school, "Mai", "Nguyễn", "09", BornAt(14)),
        };
        var teacher = roster.Staff(school, "teacher", "Ana", "Ávila", $"ana.avila{District.Next()}@valley.example");
        return (roster, school, students, teacher);
    }

    private Task<int> CountAsync(Func<Infrastructure.Persistence.AppDbContext, Task<int>> count) => _factory.WithDbAsync(count);

    [Test]
    public async Task A_dry_run_reports_what_would_change_and_changes_nothing()
    {
        var (roster, school, students, teacher) = SmallDistrict();

        var preview = await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: true, coordinators: teacher.Email);

        Assert.Multiple(() =>
        {
            Assert.That(preview["status"]!.GetValue<string>(), Is.EqualTo("Succeeded"), preview.ToJsonString());
            Assert.That(preview["dryRun"]!.GetValue<bool>(), Is.True);
            Assert.That(preview["mode"]!.GetValue<string>(), Is.EqualTo("Bulk"));
            Assert.That(preview.Count("schools", "created"), Is.EqualTo(1));
            Assert.That(preview.Count("students", "created"), Is.EqualTo(3));
            Assert.That(preview.Count("coordinators", "created"), Is.EqualTo(1));
            Assert.That(preview["created"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(preview["errors"]!.AsArray(), Is.Empty);
            Assert.That(preview["changes"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()),
                Does.Contain("José Núñez, Jr.").And.Contain("Zoë O'Brien \"Zo\"").And.Contain("Mai Nguyễn").And.Contain(school.Name));
        });
        Assert.That(await CountAsync(db => db.Schools.CountAsync(s => s.Code == school.Identifier)), Is.Zero, "a dry run creates no school");
        var sisIds = students.Select(s => s.Identifier).ToList();
        Assert.That(await CountAsync(db => db.Students.CountAsync(s => sisIds.Contains(s.SisId))), Is.Zero, "nor any student");
        Assert.That(await CountAsync(db => db.StaffMembers.CountAsync(s => s.Email == teacher.Email)), Is.Zero, "nor any coordinator");
    }

    [Test]
    public async Task Applying_a_preview_creates_the_records_and_importing_the_same_files_again_changes_nothing()
    {
        var (roster, school, students, teacher) = SmallDistrict();
        students[0].UserIds = $"{{LDAP:jnunez}},{{state:ST-{District.Next()}}}";
        var zip = roster.ToZip();
        var preview = await RosterUploads.ImportAsync(Coordinator, zip, dryRun: true, coordinators: teacher.SourcedId);

        var applied = await RosterUploads.ApplyAsync(Coordinator, preview["id"]!.GetValue<int>());

        Assert.That(applied["status"]!.GetValue<string>(), Is.EqualTo("Succeeded"), applied.ToJsonString());
        Assert.That(applied["dryRun"]!.GetValue<bool>(), Is.False);
        Assert.That(applied["previewOfImportId"]!.GetValue<int>(), Is.EqualTo(preview["id"]!.GetValue<int>()));
        Assert.That(applied["created"]!.GetValue<int>(), Is.EqualTo(5));

        var jose = await _factory.WithDbAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.SourcedId == students[0].SourcedId));
        var dbSchool = await _factory.WithDbAsync(db => db.Schools.AsNoTracking().SingleAsync(s => s.SourcedId == school.SourcedId));
        Assert.Multiple(() =>
        {
            Assert.That((jose.FirstName, jose.LastName, jose.Grade), Is.EqualTo(("José", "Núñez, Jr.", 11)));
            Assert.That(jose.SisId, Does.StartWith("ST-"), "the state id from userIds wins over identifier");
            Assert.That(jose.DateOfBirth, Is.EqualTo(students[0].BirthDate));
            Assert.That(jose.Email, Is.EqualTo(students[0].Email));
            Assert.That(jose.SchoolId, Is.EqualTo(dbSchool.Id));
            Assert.That(jose.IsActive, Is.True);
            Assert.That((dbSchool.Name, dbSchool.Code), Is.EqualTo((school.Name, school.Identifier)));
        });
        var coordinator = await _factory.WithDbAsync(db => db.StaffMembers.AsNoTracking().SingleAsync(s => s.SourcedId == teacher.SourcedId));
        Assert.That((coordinator.Email, coordinator.Role, coordinator.SisRole, coordinator.IsActive), Is.EqualTo((teacher.Email, "Coordinator", "teacher", true)));
        var viaApi = await Coordinator.GetJsonAsync($"/api/students/{jose.Id}");
        Assert.That(viaApi["lastName"]!.GetValue<string>(), Is.EqualTo("Núñez, Jr."));

        var again = await RosterUploads.ImportAsync(Coordinator, zip, dryRun: false, coordinators: teacher.SourcedId);

        Assert.Multiple(() =>
        {
            Assert.That(again["status"]!.GetValue<string>(), Is.EqualTo("Succeeded"));
            Assert.That(again["created"]!.GetValue<int>(), Is.Zero);
            Assert.That(again["updated"]!.GetValue<int>(), Is.Zero);
            Assert.That(again["deactivated"]!.GetValue<int>(), Is.Zero);
            Assert.That(again["unchanged"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(again["changes"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task A_bulk_import_deactivates_the_rostered_students_it_no_longer_lists_and_deletes_nobody()
    {
        var (roster, _, students, _) = SmallDistrict();
        await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: false);
        roster.People.Remove(students[1]);
        students[0].Grade = "12";

        var second = await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: false);

        Assert.That(second.Count("students", "deactivated"), Is.GreaterThanOrEqualTo(1), second.ToJsonString());
        Assert.That(second.Count("students", "updated"), Is.EqualTo(1));
        Assert.That(second["changes"]!.AsArray().Select(c => (c!["kind"]!.GetValue<string>(), c["sourcedId"]!.GetValue<string>(), c["detail"]?.GetValue<string>())),
            Does.Contain(("Deactivated", students[1].SourcedId, "no longer in the roster")).And.Contain(("Updated", students[0].SourcedId, "grade 11 → 12")));
        var gone = await _factory.WithDbAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.SourcedId == students[1].SourcedId));
        Assert.That(gone.IsActive, Is.False, "deactivated, still on record");
    }

    [Test]
    public async Task A_delta_import_follows_status_and_date_last_modified()
    {
        var (roster, school, students, _) = SmallDistrict();
        await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: false);

        var delta = new OneRosterZip { Mode = "delta", Modified = roster.Modified.AddDays(3) };
        delta.Orgs.Add(school);
        var leaving = Copy(delta, students[0]);
        leaving.Status = "tobedeleted";
        var moving = Copy(delta, students[1]);
        moving.Grade = "11";
        var stale = Copy(delta, students[2]);
        stale.Grade = "10";
        stale.Modified = roster.Modified.AddDays(-1);
        var newcomer = delta.Student(school, "Ngozi", "Adébáyọ̀", "10", BornAt(15));

        var result = await RosterUploads.ImportAsync(Coordinator, delta.ToZip(), dryRun: false);

        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("Succeeded"), result.ToJsonString());
        Assert.That(result["mode"]!.GetValue<string>(), Is.EqualTo("Delta"));
        var students2 = await _factory.WithDbAsync(db => db.Students.AsNoTracking()
            .Where(s => s.SchoolId == db.Schools.Single(x => x.SourcedId == school.SourcedId).Id).ToDictionaryAsync(s => s.SourcedId!));
        Assert.Multiple(() =>
        {
            Assert.That(students2[students[0].SourcedId].IsActive, Is.False, "tobedeleted deactivates");
            Assert.That(students2[students[1].SourcedId].Grade, Is.EqualTo(11), "a newer row applies");
            Assert.That(students2[students[2].SourcedId].Grade, Is.EqualTo(9), "a row older than the last import changes nothing");
            Assert.That(students2[newcomer.SourcedId].LastName, Is.EqualTo("Adébáyọ̀"));
            Assert.That(students2, Has.Count.EqualTo(4), "a delta deactivates only what it says");
            Assert.That(result.Count("students", "created"), Is.EqualTo(1));
            Assert.That(result.Count("students", "updated"), Is.EqualTo(1));
            Assert.That(result.Count("students", "deactivated"), Is.EqualTo(1));
            Assert.That(result.Count("students", "unchanged"), Is.EqualTo(1));
        });
    }

    private static OneRosterZip.Person Copy(OneRosterZip roster, OneRosterZip.Person person)
    {
        var copy = new OneRosterZip.Person(person.SourcedId, person.Role, person.School, person.GivenName, person.FamilyName, person.Username,
            person.Email, person.Identifier, person.Grade, person.BirthDate);
        roster.People.Add(copy);
        return copy;
    }

    [Test]
    public async Task A_student_typed_in_before_rostering_is_linked_by_sis_id_not_duplicated()
    {
        var schoolId = await _district.CreateSchoolAsync();
        var code = (await Coordinator.GetJsonAsync($"/api/schools/{schoolId}"))["code"]!.GetValue<string>();
        var typed = await _district.CreateStudentAsync(schoolId, [], withAccount: false);
        var sisId = (await Coordinator.GetJsonAsync($"/api/students/{typed.StudentId}"))["sisId"]!.GetValue<string>();
        var roster = new OneRosterZip();
        var school = roster.School("The same school, as the SIS names it", code);
        var student = roster.Student(school, "Rosa", "Parks", "11", BornAt(16), sisId);

        var result = await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: false);

        Assert.That(result.Count("schools", "updated"), Is.EqualTo(1), result.ToJsonString());
        Assert.That(result.Count("students", "updated"), Is.EqualTo(1));
        Assert.That(result.Count("students", "created"), Is.Zero);
        var linked = await _factory.WithDbAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.Id == typed.StudentId));
        Assert.That((linked.SourcedId, linked.FirstName, linked.SchoolId), Is.EqualTo((student.SourcedId, "Rosa", schoolId)));
    }

    [Test]
    public async Task A_header_without_a_required_column_is_a_400_naming_it_and_nothing_is_queued()
    {
        var (roster, _, _, _) = SmallDistrict();
        roster.Omitted.Add(("users", "givenName"));
        var before = await CountAsync(db => db.RosterImports.CountAsync());

        var response = await RosterUploads.PostAsync(Coordinator, roster.ToZip(), dryRun: true);

        var problem = await response.ShouldBeValidationProblemAsync("users.csv");
        Assert.That(problem["errors"]!["users.csv"]!.ToJsonString(), Does.Contain("givenName"));
        Assert.That(await CountAsync(db => db.RosterImports.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task A_zip_that_is_not_a_OneRoster_1_2_export_is_a_400_that_says_why()
    {
        var noManifest = new OneRosterZip();
        noManifest.Missing.Add("users");
        var oldVersion = new OneRosterZip { OneRosterVersion = "1.1" };
        var noRoles = new OneRosterZip();
        noRoles.Absent.Add("roles");

        var missingFile = await (await RosterUploads.PostAsync(Coordinator, noManifest.ToZip(), dryRun: true)).ShouldBeValidationProblemAsync("users.csv");
        var version = await (await RosterUploads.PostAsync(Coordinator, oldVersion.ToZip(), dryRun: true)).ShouldBeValidationProblemAsync("manifest.csv");
        var roles = await (await RosterUploads.PostAsync(Coordinator, noRoles.ToZip(), dryRun: true)).ShouldBeValidationProblemAsync("manifest.csv");

        Assert.That(missingFile["errors"]!["users.csv"]!.ToJsonString(), Does.Contain("no users.csv"));
        Assert.That(version["errors"]!["manifest.csv"]!.ToJsonString(), Does.Contain("1.1"));
        Assert.That(roles["errors"]!["manifest.csv"]!.ToJsonString(), Does.Contain("roles.csv"));
    }

    [Test]
    public async Task Bad_rows_are_listed_with_file_line_and_field_and_the_import_applies_nothing()
    {
        var (roster, school, students, _) = SmallDistrict();
        roster.Overrides[("demographics", students[0].SourcedId, "birthDate")] = "03/14/2010";
        students[1].Email = null;
        students[1].Username = "zobrien";
        var stray = roster.Student(school, "Ivan", "Petrov", "11", BornAt(16));
        stray.School = new OneRosterZip.Org(Guid.NewGuid().ToString(), "Nowhere", "school", "NOWHERE", null);
        roster.ExtraColumns["users"] = "favouriteColour";
        roster.Overrides[("orgs", school.SourcedId, "status")] = "archived";

        var result = await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: false);

        Assert.That(result["status"]!.GetValue<string>(), Is.EqualTo("Failed"), result.ToJsonString());
        var errors = result["errors"]!.AsArray().Select(e => (File: e!["file"]!.GetValue<string>(), Line: e["line"]?.GetValue<int>(),
            Field: e["field"]?.GetValue<string>())).ToList();
        // orgs.csv: header, district, school (line 3). demographics.csv: header, then José (line 2). users.csv: Zoë is line 3.
        // roles.csv: Ivan's role is the fifth data row, line 6.
        Assert.That(errors, Is.SupersetOf(new (string, int?, string?)[]
        {
            ("orgs.csv", 3, "status"),
            ("demographics.csv", 2, "birthDate"),
            ("users.csv", 3, "email"),
            ("roles.csv", 6, "orgSourcedId"),
        }));
        Assert.That(errors.Select(e => e.Field), Does.Not.Contain("favouriteColour"), "unknown columns are ignored");
        Assert.That(result["errorCount"]!.GetValue<int>(), Is.EqualTo(errors.Count));
        Assert.That(await CountAsync(db => db.Schools.CountAsync(s => s.Code == school.Identifier)), Is.Zero, "nothing applied");
        var sisIds = students.Select(s => s.Identifier).ToList();
        Assert.That(await CountAsync(db => db.Students.CountAsync(s => sisIds.Contains(s.SisId))), Is.Zero);
    }

    [Test]
    public async Task Uploads_that_are_not_a_zip_in_a_form_are_refused_with_a_problem()
    {
        var csv = await Coordinator.Http.PostAsync("/api/roster/imports",
            RosterUploads.Form("sourcedId,status\n1,active\n"u8.ToArray(), fileName: "users.csv", mediaType: "text/csv"));
        var json = await Coordinator.PostAsync("/api/roster/imports", new { file = "roster.zip" });
        var noFile = await Coordinator.Http.PostAsync("/api/roster/imports", new MultipartFormDataContent { { new StringContent("x"), "coordinators" } });
        var damaged = await Coordinator.Http.PostAsync("/api/roster/imports", RosterUploads.Form([.. "PK"u8, 3, 4, 0, 0, 0]));

        var notZip = await csv.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.That(notZip["detail"]!.GetValue<string>(), Does.Contain("not a zip"));
        await json.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await noFile.ShouldBeValidationProblemAsync("file");
        await damaged.ShouldBeValidationProblemAsync("file");
    }

    [Test]
    public async Task An_upload_over_the_size_limit_is_a_413()
    {
        var huge = new byte[51 * 1024 * 1024];
        "PK"u8.CopyTo(huge);
        huge[2] = 3;
        huge[3] = 4;

        var response = await RosterUploads.PostAsync(Coordinator, huge, dryRun: true);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Only_coordinators_may_import_and_others_are_refused_before_their_upload_is_read()
    {
        var student = await _district.CreateStudentAsync(await _district.CreateSchoolAsync(), []);
        var employer = await _district.CreateEmployerWithAdminAsync();
        var supervisor = await _district.CreateSupervisorAsync(employer.EmployerId);

        foreach (var client in new[] { student.Client!, employer.Client, supervisor.Client, _district.Admin })
        {
            var junk = await client.Http.PostAsync("/api/roster/imports", new StringContent("not even a form"));
            await junk.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            var list = await client.GetAsync("/api/roster/imports");
            await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        var anonymous = await _district.Anonymous.Http.PostAsync("/api/roster/imports", RosterUploads.Form(new OneRosterZip().ToZip()));
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_preview_with_errors_cannot_be_applied_and_an_applied_import_cannot_be_applied_again()
    {
        var (roster, _, students, _) = SmallDistrict();
        students[0].BirthDate = null;
        var failed = await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: true);
        var applied = await RosterUploads.ImportAsync(Coordinator, new OneRosterZip().ToZip(), dryRun: false);

        var refused = await Coordinator.PostAsync($"/api/roster/imports/{failed["id"]}/apply");
        var twice = await Coordinator.PostAsync($"/api/roster/imports/{applied["id"]}/apply");
        var missing = await Coordinator.PostAsync("/api/roster/imports/999999/apply");

        Assert.That(failed["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()), Does.Contain("birthDate"));
        Assert.That((await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>(), Does.Contain("errors"));
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_list_of_imports_pages_newest_first()
    {
        await RosterUploads.ImportAsync(Coordinator, new OneRosterZip().ToZip(), dryRun: true);
        await RosterUploads.ImportAsync(Coordinator, new OneRosterZip().ToZip(), dryRun: true);

        var page = await Coordinator.GetJsonAsync("/api/roster/imports?page=1&pageSize=1");
        var dryOnly = await Coordinator.GetJsonAsync("/api/roster/imports?dryRun=false&pageSize=100");
        var bad = await Coordinator.GetAsync("/api/roster/imports?pageSize=1000");

        Assert.That(page["items"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(page["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(2));
        var ids = (await Coordinator.GetJsonAsync("/api/roster/imports?pageSize=100"))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()).ToList();
        Assert.That(ids, Is.Ordered.Descending);
        Assert.That(dryOnly["items"]!.AsArray().Select(i => i!["dryRun"]!.GetValue<bool>()), Has.None.True);
        await bad.ShouldBeValidationProblemAsync("pageSize");
    }

    [Test]
    public async Task Courses_a_pathway_lists_suggest_enrolments_a_coordinator_confirms_or_dismisses()
    {
        var code = $"ENG-{District.Next()}";
        var engineering = (await Coordinator.PostJsonAsync("/api/pathways", new
        {
            name = $"Engineering design {District.Next()}",
            sector = "EngineeringAndArchitecture",
            courseSequence = new[] { code, "Principles of Engineering" },
        }, HttpStatusCode.Created))["id"]!.GetValue<int>();
        var (roster, school, students, _) = SmallDistrict();
        var intro = roster.AddClass(roster.AddCourse(school, code, "Introduction to Engineering Design"), "IED period 2");
        var principles = roster.AddClass(roster.AddCourse(school, "ENG-200", "principles of engineering"), "POE period 4");
        var art = roster.AddClass(roster.AddCourse(school, "ART-100", "Ceramics"), "Ceramics");
        roster.Enrol(students[0], intro);
        roster.Enrol(students[0], principles);
        roster.Enrol(students[1], principles);
        roster.Enrol(students[2], art);

        var import = await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: false);
        Assert.That(import["suggestions"]!.GetValue<int>(), Is.EqualTo(2), import.ToJsonString());

        var pending = await Coordinator.GetJsonAsync($"/api/roster/suggestions?pathwayId={engineering}");
        var items = pending["items"]!.AsArray();
        Assert.That(items, Has.Count.EqualTo(2));
        var jose = items.Single(i => i!["studentName"]!.GetValue<string>() == "José Núñez, Jr.")!;
        Assert.That(jose["courses"]!.GetValue<string>(), Does.Contain(code).And.Contain("ENG-200 principles of engineering"));
        var zoe = items.Single(i => i != jose)!;

        var confirmed = await Coordinator.PostJsonAsync("/api/roster/suggestions/confirm", new { suggestionIds = new[] { jose["id"]!.GetValue<int>() } });
        var dismissed = await Coordinator.PostJsonAsync("/api/roster/suggestions/dismiss", new { suggestionIds = new[] { zoe["id"]!.GetValue<int>() } });
        var again = await Coordinator.PostAsync("/api/roster/suggestions/confirm", new { suggestionIds = new[] { zoe["id"]!.GetValue<int>() } });
        var none = await Coordinator.PostAsync("/api/roster/suggestions/confirm", new { suggestionIds = Array.Empty<int>() });

        Assert.That((confirmed["decided"]!.GetValue<int>(), confirmed["enrolled"]!.GetValue<int>()), Is.EqualTo((1, 1)));
        Assert.That(dismissed["decided"]!.GetValue<int>(), Is.EqualTo(1));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await none.ShouldBeValidationProblemAsync("suggestionIds");
        var enrolments = (await Coordinator.GetJsonAsync($"/api/students/{jose["studentId"]}"))["enrolments"]!.AsArray();
        Assert.That(enrolments.Select(e => e!["pathwayId"]!.GetValue<int>()), Does.Contain(engineering));

        var reimport = await RosterUploads.ImportAsync(Coordinator, roster.ToZip(), dryRun: false);
        Assert.That(reimport["suggestions"]!.GetValue<int>(), Is.Zero, "neither the confirmed nor the dismissed one is suggested again");
        var statuses = await _factory.WithDbAsync(db => db.PathwaySuggestions.AsNoTracking().Where(s => s.PathwayId == engineering)
            .Select(s => s.Status).ToListAsync());
        Assert.That(statuses, Is.EquivalentTo(new[] { SuggestionStatus.Confirmed, SuggestionStatus.Dismissed }));
    }
}
