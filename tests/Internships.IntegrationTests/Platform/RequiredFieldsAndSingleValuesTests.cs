using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// What a client leaves out is not taken to be a default: a PUT without a required field is a 400 naming it, never a
/// silent reset; and a filter that takes one value, sent twice, is a 400 naming it, never the two read as one.
/// </summary>
public sealed class RequiredFieldsAndSingleValuesTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_pathway_put_without_its_sector_is_refused_and_the_sector_stays()
    {
        var url = $"/api/pathways/{await District.CreatePathwayAsync()}";

        var response = await District.Coordinator.ReplaceAsync(url, new { name = $"Pathway {District.Next()}", courseSequence = new[] { "A" } });

        var problem = await response.ShouldBeValidationProblemAsync("sector");
        Assert.That(problem["errors"]!["sector"]![0]!.GetValue<string>(), Is.EqualTo("'sector' is required."));
        Assert.That((await District.Coordinator.GetJsonAsync(url))["sector"]!.GetValue<string>(), Is.EqualTo("EngineeringAndArchitecture"));
    }

    [Test]
    public async Task A_competency_put_without_its_sort_order_or_description_is_refused_naming_each()
    {
        // The first competency of the rubric: the body is refused before anything is read or changed.
        var rubric = await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.GetAsync("/api/rubric"));
        var first = rubric[0]!;
        var url = $"/api/rubric/competencies/{District.Id(first.AsObject())}";
        var name = first["name"]!.GetValue<string>();

        await (await District.Coordinator.PutAsync(url, new { name, description = "Changed.", isActive = true })).ShouldBeValidationProblemAsync("sortOrder");
        await (await District.Coordinator.PutAsync(url, new { name, sortOrder = 1, isActive = true })).ShouldBeValidationProblemAsync("description");
        await (await District.Coordinator.PutAsync(url, new { name })).ShouldBeValidationProblemAsync("description", "sortOrder", "isActive");
        var after = (await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.GetAsync("/api/rubric")))[0]!;
        Assert.That(after.ToJsonString(), Is.EqualTo(first.ToJsonString()), "nothing was changed");
    }

    [Test]
    public async Task Notification_preferences_without_the_answer_are_refused()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);

        await (await student.Client!.PutAsync("/api/me/notification-preferences", new { })).ShouldBeValidationProblemAsync("receiveNonEssential");
        var unchanged = await student.Client.GetJsonAsync("/api/me/notification-preferences");
        Assert.That(unchanged["receiveNonEssential"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Any_request_field_without_a_default_is_required_and_optional_ones_stay_optional()
    {
        // An empty body names every field the create needs; the ones that may be left out (city) are not named.
        var problem = await (await District.Coordinator.PostAsync("/api/schools", new { })).ShouldBeValidationProblemAsync("name", "code");
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Not.Contain("city"));
        Assert.That(problem.ToJsonString(), Does.Not.Contain("Internships."), "no internal type names");
        await (await District.Coordinator.PostAsync("/api/schools", new { name = "Optional City High", code = $"OC-{District.Next()}" }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [TestCase("/api/students?grade=11&grade=12", "grade")]
    [TestCase("/api/students?q=ana&Q=lee", "q")]
    [TestCase("/api/postings?page=1&page=2", "page")]
    [TestCase("/api/awards?revoked=true&revoked=false", "revoked")]
    public async Task A_single_valued_filter_sent_twice_is_refused_naming_it(string url, string parameter)
    {
        var problem = await (await District.Coordinator.GetAsync(url)).ShouldBeValidationProblemAsync(parameter);
        Assert.That(problem["errors"]![parameter]![0]!.GetValue<string>(), Does.Contain("one value"));
    }

    [Test]
    public async Task A_single_valued_filter_sent_once_still_filters()
    {
        await (await District.Coordinator.GetAsync("/api/students?grade=11&q=a")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_roster_row_keeps_to_the_limits_of_an_award_by_hand()
    {
        var schoolId = await District.CreateSchoolAsync();
        var id = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency")));
        var sis = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var student = await District.CreateStudentAsync(schoolId, [], withAccount: false);
            sis.Add((await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["sisId"]!.GetValue<string>());
        }

        var csv = $"sisId,evidenceNarrative,evidenceUrl\n{sis[0]},{new string('n', 2001)},\n{sis[1]},Fine,https://example.org/{new string('u', 500)}\n{sis[2]},Fine,\n";
        var report = await District.Coordinator.ExpectAsync<JsonObject>(
            District.Coordinator.Http.PostAsync($"/api/badges/{id}/awards/bulk", new StringContent(csv, Encoding.UTF8, "text/csv")));

        var rows = report["rows"]!.AsArray();
        Assert.That(rows.Select(r => r!["outcome"]!.GetValue<string>()), Is.EqualTo(new[] { "Rejected", "Rejected", "Awarded" }));
        Assert.That(rows[0]!["reason"]!.GetValue<string>(), Does.Contain("2,000 characters"));
        Assert.That(rows[1]!["reason"]!.GetValue<string>(), Does.Contain("500"));
    }
}
