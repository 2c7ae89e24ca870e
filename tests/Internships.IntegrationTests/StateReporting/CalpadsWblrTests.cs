using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.StateReporting;

/// <summary>
/// The CALPADS WBLR extract on a host of its own whose clock the test moves: an internship from June into July is reported
/// in each academic year with that year's approved hours; a placement missing its SSID, a course code or an evaluation is
/// an error saying what to fix, and the file is refused until it is fixed.
/// </summary>
[NonParallelizable]
public sealed class CalpadsWblrTests
{
    private MovableTime _time = null!;
    private InternshipsApiFactory _host = null!;
    private District _district = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _time = new MovableTime(new DateTime(2026, 5, 20, 18, 0, 0, DateTimeKind.Utc));
        // The district's clock moves; sign-ins keep the machine's, so tokens stay valid across the test's months.
        _host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(),
            testServices: s => s.AddSingleton<Internships.Application.Common.Interfaces.IClock>(_time));
        _district = await District.CreateAsync(_host);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task An_internship_over_two_academic_years_reports_each_years_hours_once_its_errors_are_fixed()
    {
        var d = _district;
        var schoolId = await d.CreateSchoolAsync();
        var pathwayId = await d.CreatePathwayAsync();
        var employer = await d.CreateEmployerWithAdminAsync();
        var supervisor = await d.CreateSupervisorAsync(employer.EmployerId);
        var postingId = await d.CreateOpenPostingAsync(employer, [pathwayId], b =>
        {
            b["startDate"] = new DateOnly(2026, 6, 1);
            b["endDate"] = new DateOnly(2026, 8, 14);
            b["applicationDeadline"] = new DateOnly(2026, 5, 25);
            b["supervisorId"] = supervisor.SupervisorId;
            b["requiredHours"] = 10m;
        });
        var student = await d.CreateStudentAsync(schoolId, [pathwayId], grade: 12, age: 19);
        var applicationId = await District.ApplyAsync(student, postingId);
        await employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
        await student.Client!.PostJsonAsync($"/api/applications/{applicationId}/accept");
        var placementId = (await student.Client.GetJsonAsync("/api/placements"))["items"]![0]!["id"]!.GetValue<int>();
        var scenario = new PlacementScenario(schoolId, pathwayId, employer, supervisor, student, postingId, applicationId, placementId);
        await d.Coordinator.PostJsonAsync($"{scenario.Url}/documents", new { type = "TrainingAgreement", receivedOn = new DateOnly(2026, 5, 20) });

        await LogApprovedAsync(scenario, new DateTime(2026, 6, 12, 18, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 6, 10), 6m);
        await LogApprovedAsync(scenario, new DateTime(2026, 7, 15, 18, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 7, 14), 5.5m);

        var extract = await d.Coordinator.GetJsonAsync("/api/state-reporting/calpads/wblr?year=2025");
        var problems = Errors(extract, placementId);
        Assert.That(problems, Is.EquivalentTo(new[] { "MissingSsid", "MissingSchoolCdsCode", "MissingStateCourseCode", "MissingEvaluation" }));
        Assert.That(Records(extract, placementId), Is.Empty, "never in the file while in error");
        var refused = await (await d.Coordinator.GetAsync("/api/state-reporting/calpads/wblr/file?year=2025")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(refused["detail"]!.GetValue<string>(), Does.Contain("statewide student id"));

        await (await d.Coordinator.PutAsync($"/api/state-reporting/students/{student.StudentId}/ssid", new { ssid = "12345" }))
            .ShouldBeValidationProblemAsync("ssid");
        var ssid = (1_000_000_000L + District.Next()).ToString();
        await d.Coordinator.PutJsonAsync($"/api/state-reporting/students/{student.StudentId}/ssid", new { ssid });
        await d.Coordinator.PutJsonAsync($"/api/state-reporting/schools/{schoolId}/cds-code", new { cdsCode = "10621661030006" });
        await d.Coordinator.ExpectAsync<JsonArray>(d.Coordinator.PutAsync($"/api/state-reporting/pathways/{pathwayId}/courses",
            new { courses = new[] { new { course = "Principles", stateCourseCode = "7701" }, new { course = "Capstone", stateCourseCode = "7703" } } }));
        await scenario.SubmitEvaluationAsync("Final", score: 4);

        var first = await d.Coordinator.GetJsonAsync("/api/state-reporting/calpads/wblr?year=2025");
        var second = await d.Coordinator.GetJsonAsync("/api/state-reporting/calpads/wblr?year=2026");
        Assert.That(Errors(first, placementId).Concat(Errors(second, placementId)), Is.Empty);
        var expected = new[] { "WBLR", "", $"P{placementId}", "1062166", "1030006", "", "2025-2026", ssid, $"SIS-", "10", $"INT-{placementId:D6}", "6", "4", "Y", "N", "7703" };
        var record = Records(first, placementId).Single();
        Assert.That(record.Select((f, i) => i == 8 ? f[..4] : f), Is.EqualTo(expected));
        Assert.That(Records(second, placementId).Single()[6..12], Is.EqualTo(new[] { "2026-2027", ssid, record[8], "10", $"INT-{placementId:D6}", "6" }),
            "5.5 hours in July, rounded half up; the same internship id");

        var file = await d.Coordinator.Http.GetStringAsync("/api/state-reporting/calpads/wblr/file?year=2025");
        Assert.That(file.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Does.Contain(string.Join('^', record)));
    }

    private async Task LogApprovedAsync(PlacementScenario scenario, DateTime now, DateOnly workDate, decimal hours)
    {
        _time.Now = now;
        var entry = await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours", new { workDate, hours, tasks = "Tested water samples." },
            HttpStatusCode.Created);
        await scenario.Supervisor.Client.PostJsonAsync($"/api/timesheets/{District.Id(entry)}/approve");
    }

    private static List<string> Errors(JsonObject extract, int placementId) =>
        extract["errors"]!.AsArray().Where(e => e!["placementId"]!.GetValue<int>() == placementId).Select(e => e!["problem"]!.GetValue<string>()).ToList();

    private static List<string[]> Records(JsonObject extract, int placementId) =>
        extract["records"]!.AsArray().Where(r => r!["placementId"]!.GetValue<int>() == placementId)
            .Select(r => r!["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToArray()).ToList();

    /// <summary>The district's clock, set by the test.</summary>
    private sealed class MovableTime(DateTime utc) : Internships.Application.Common.Interfaces.IClock
    {
        private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

        public DateTime Now { get; set; } = utc;

        public DateTime UtcNow => Now;

        public DateOnly Today => DateOnly.FromDateTime(ToDistrictTime(Now));

        public DateTime ToDistrictTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Pacific);
    }
}
