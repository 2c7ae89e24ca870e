using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// No lost updates: every editable record's GET answers an ETag; its PUT must send it back in If-Match (428 without),
/// is refused when it is stale (412), and answers the new ETag when it goes through.
/// </summary>
public sealed class NoLostUpdatesTests
{
    private static District District => TestHost.District;

    /// <summary>A versioned record made for one test: where to PUT it, a valid body, and how its current ETag is read.</summary>
    public sealed record Versioned(ApiClient Client, string Url, object Body, Func<Task<string>> CurrentETag);

    public sealed record Route(string Name, Func<Task<Versioned>> Arrange)
    {
        public override string ToString() => Name;
    }

    private static Versioned ByGet(ApiClient client, string url, object body) => new(client, url, body, () => client.ETagOfAsync(url));

    public static IEnumerable<Route> Routes() =>
    [
        new("PUT /api/students/{id}", async () =>
        {
            var schoolId = await District.CreateSchoolAsync();
            var student = await District.CreateStudentAsync(schoolId, [], withAccount: false);
            return ByGet(District.Coordinator, $"/api/students/{student.StudentId}", new
            {
                firstName = "Ana", lastName = "Diaz", email = $"ana{District.Next()}@school.local", grade = 12,
                dateOfBirth = District.Today.AddYears(-17), schoolId, isActive = true,
            });
        }),
        new("PUT /api/students/{id}/status", async () =>
        {
            var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);
            return new Versioned(District.Coordinator, $"/api/students/{student.StudentId}/status", new { isActive = false },
                () => District.Coordinator.ETagOfAsync($"/api/students/{student.StudentId}"));
        }),
        new("PUT /api/employers/{id}", async () => ByGet(District.Coordinator, $"/api/employers/{await District.CreateEmployerAsync()}", new
        {
            name = $"Renamed {District.Next()}", industry = "Engineering", contactEmail = "hr@renamed.local",
            partnerAgreementSignedOn = District.Today.AddYears(-1), partnerAgreementExpiresOn = District.Today.AddYears(1),
        })),
        new("PUT /api/supervisors/{id}", async () =>
        {
            var employer = await District.CreateEmployerWithAdminAsync();
            var supervisor = await District.CreateSupervisorAsync(employer.EmployerId);
            return new Versioned(employer.Client, $"/api/supervisors/{supervisor.SupervisorId}",
                new { firstName = "Lee", lastName = "Chen", email = $"lee{District.Next()}@employer.local", isActive = true },
                async () => ApiClient.ETagOf((await employer.Client.GetJsonAsync($"/api/employers/{employer.EmployerId}/supervisors?pageSize=100"))["items"]!
                    .AsArray().Single(s => s!["id"]!.GetValue<int>() == supervisor.SupervisorId)!));
        }),
        new("PUT /api/badges/{id}", async () =>
        {
            var created = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
            return ByGet(District.Coordinator, $"/api/badges/{District.Id(created)}", BadgeBuilder.Body());
        }),
        new("PUT /api/pathways/{id}", async () => ByGet(District.Coordinator, $"/api/pathways/{await District.CreatePathwayAsync()}", new
        {
            name = $"Pathway {District.Next()}", sector = "HealthScienceAndMedicalTechnology", description = "Care.", courseSequence = new[] { "Anatomy" },
        })),
        new("PUT /api/schools/{id}", async () => ByGet(District.Coordinator, $"/api/schools/{await District.CreateSchoolAsync()}",
            new { name = $"School {District.Next()}", code = $"SC-{District.Next()}", city = "Clovis" })),
        new("PUT /api/postings/{id}", async () =>
        {
            var employer = await District.CreateEmployerWithAdminAsync();
            var pathwayId = await District.CreatePathwayAsync();
            var body = District.PostingBody([pathwayId]);
            body.Remove("employerId");
            return ByGet(employer.Client, $"/api/postings/{await District.CreateDraftPostingAsync(employer, [pathwayId])}", body);
        }),
    ];

    /// <summary>PUTs that set one part of a versioned record: they honour If-Match when it is sent, and do not require it.</summary>
    public static IEnumerable<Route> PartRoutes() =>
    [
        new("PUT /api/employers/{id}/partner-agreement", async () =>
        {
            var url = $"/api/employers/{await District.CreateEmployerAsync()}";
            return new Versioned(District.Coordinator, $"{url}/partner-agreement",
                new { signedOn = District.Today.AddYears(-1), expiresOn = District.Today.AddYears(2) }, () => District.Coordinator.ETagOfAsync(url));
        }),
        new("PUT /api/employers/{id}/worksite", async () =>
        {
            var url = $"/api/employers/{await District.CreateEmployerAsync()}";
            return new Versioned(District.Coordinator, $"{url}/worksite", new
            {
                insuranceCarrier = "Valley Mutual", insurancePolicyNumber = "GL-1", insuranceExpiresOn = District.Today.AddYears(1),
                safetyChecks = new[] { new { item = "HazardAssessment", checkedOn = District.Today } },
            }, () => District.Coordinator.ETagOfAsync(url));
        }),
        new("PUT /api/state-reporting/students/{id}/ssid", async () =>
        {
            var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);
            return new Versioned(District.Coordinator, $"/api/state-reporting/students/{student.StudentId}/ssid",
                new { ssid = (1_000_000_000L + District.Next()).ToString() }, () => District.Coordinator.ETagOfAsync($"/api/students/{student.StudentId}"));
        }),
        new("PUT /api/state-reporting/schools/{id}/cds-code", async () =>
        {
            var schoolId = await District.CreateSchoolAsync();
            return new Versioned(District.Coordinator, $"/api/state-reporting/schools/{schoolId}/cds-code",
                new { cdsCode = (10_000_000_000_000L + District.Next()).ToString() }, () => District.Coordinator.ETagOfAsync($"/api/schools/{schoolId}"));
        }),
    ];

    [TestCaseSource(nameof(PartRoutes))]
    public async Task A_put_of_one_part_refuses_a_stale_etag_and_takes_the_current_one(Route route)
    {
        var record = await route.Arrange();
        var read = await record.CurrentETag();
        await (await record.Client.PutAsync(record.Url, record.Body, "\"999999\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(await record.CurrentETag(), Is.EqualTo(read), "nothing was written");

        await (await record.Client.PutAsync(record.Url, record.Body, read)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var next = await record.CurrentETag();
        Assert.That(next, Is.Not.EqualTo(read), "the change moved the version on");

        await (await record.Client.PutAsync(record.Url, record.Body, read)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await record.Client.PutAsync(record.Url, record.Body)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [TestCaseSource(nameof(Routes))]
    public async Task A_put_needs_the_current_etag_and_answers_the_next(Route route)
    {
        var record = await route.Arrange();
        var read = await record.CurrentETag();
        Assert.That(read, Does.Match("^\"[0-9]+\"$"), "a strong, quoted ETag");

        var missing = await record.Client.PutAsync(record.Url, record.Body);
        var required = await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.That(required["detail"]!.GetValue<string>(), Does.Contain("If-Match"));

        var saved = await record.Client.PutAsync(record.Url, record.Body, read);
        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var next = await record.CurrentETag();
        Assert.That(next, Is.Not.EqualTo(read), "the change moved the version on");
        Assert.That(saved.Headers.ETag?.ToString(), Is.EqualTo(next), "the PUT answers the new ETag");
        Assert.That((await saved.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.ToString(), Is.EqualTo(next.Trim('"')));

        var stale = await record.Client.PutAsync(record.Url, record.Body, read);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(await record.CurrentETag(), Is.EqualTo(next), "nothing was written");
    }

    [Test]
    public async Task Two_coordinators_editing_one_student_the_second_save_is_refused_not_merged()
    {
        var schoolId = await District.CreateSchoolAsync();
        var student = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var url = $"/api/students/{student.StudentId}";
        var first = await District.Coordinator.GetJsonAsync(url);
        var etag = await District.Coordinator.ETagOfAsync(url);
        Assert.That(etag, Is.EqualTo($"\"{first["version"]}\""), "the ETag is the record's version");

        object Body(string lastName, int grade) => new
        {
            firstName = first["firstName"]!.GetValue<string>(), lastName, email = first["email"]!.GetValue<string>(), grade,
            dateOfBirth = first["dateOfBirth"]!.GetValue<string>(), schoolId, isActive = true,
        };

        await District.Coordinator.PutJsonAsync(url, Body("Changed-By-One", 11), etag);
        var second = await District.Coordinator.PutAsync(url, Body(first["lastName"]!.GetValue<string>(), 12), etag);

        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var now = await District.Coordinator.GetJsonAsync(url);
        Assert.That(now["lastName"]!.GetValue<string>(), Is.EqualTo("Changed-By-One"));
        Assert.That(now["grade"]!.GetValue<int>(), Is.EqualTo(11));
    }

    [Test]
    public async Task Any_version_and_several_etags_are_understood_and_a_weak_or_malformed_one_is_not()
    {
        var url = $"/api/schools/{await District.CreateSchoolAsync()}";
        object Body() => new { name = $"School {District.Next()}", code = $"SC-{District.Next()}" };
        var etag = await District.Coordinator.ETagOfAsync(url);

        await (await District.Coordinator.PutAsync(url, Body(), $"W/{etag}")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await District.Coordinator.PutAsync(url, Body(), "7")).ShouldBeValidationProblemAsync("If-Match");
        await (await District.Coordinator.PutAsync(url, Body(), $"\"999999\", {etag}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await District.Coordinator.PutAsync(url, Body(), "*")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_record_the_caller_may_not_see_stays_not_found_whatever_the_etag()
    {
        var mine = await District.CreateEmployerWithAdminAsync();
        var other = await District.CreateEmployerWithAdminAsync();
        var supervisor = await District.CreateSupervisorAsync(mine.EmployerId);

        var response = await other.Client.PutAsync($"/api/supervisors/{supervisor.SupervisorId}",
            new { firstName = "X", lastName = "Y", email = "x@y.local", isActive = true }, "\"12345\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Placements_and_awards_answer_their_etag_and_a_stale_if_match_on_a_placement_change_is_refused()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        var placementETag = await District.Coordinator.ETagOfAsync(scenario.Url);
        var badge = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency")));
        var schoolId = await District.CreateSchoolAsync();
        var student = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{badge}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);
        Assert.That(await District.Coordinator.ETagOfAsync($"/api/awards/{award["id"]}"), Does.Match("^\"[0-9]+\"$"));

        var other = await District.CreateSupervisorAsync(scenario.Employer.EmployerId);
        var stale = new HttpRequestMessage(HttpMethod.Put, $"{scenario.Url}/supervisor") { Content = JsonContent.Create(new { supervisorId = other.SupervisorId }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"999999\"");
        await (await District.Coordinator.Http.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var current = new HttpRequestMessage(HttpMethod.Put, $"{scenario.Url}/supervisor") { Content = JsonContent.Create(new { supervisorId = other.SupervisorId }) };
        current.Headers.TryAddWithoutValidation("If-Match", placementETag);
        await (await District.Coordinator.Http.SendAsync(current)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}
