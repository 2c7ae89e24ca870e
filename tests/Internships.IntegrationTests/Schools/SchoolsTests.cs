using System.Net;
using System.Net.Http.Json;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Schools;

public sealed class SchoolsTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Coordinator_creates_reads_updates_and_lists_schools()
    {
        var code = $"NH-{District.Next()}";
        var response = await District.Coordinator.PostAsync("/api/schools", new { name = "North High", code, city = "Fresno" });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = District.Id((await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/schools/{id}"));

        var updated = await District.Coordinator.ReplaceJsonAsync($"/api/schools/{id}", new { name = "North High School", code, city = "Clovis" });
        Assert.That(updated["name"]!.GetValue<string>(), Is.EqualTo("North High School"));

        var read = await District.Coordinator.GetJsonAsync($"/api/schools/{id}");
        Assert.That(read["city"]!.GetValue<string>(), Is.EqualTo("Clovis"));

        var page = await District.Coordinator.GetJsonAsync("/api/schools?pageSize=100");
        Assert.That(page["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1));
        Assert.That(page["items"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()), Does.Contain(code));
    }

    [Test]
    public async Task Invalid_fields_are_named()
    {
        var response = await District.Coordinator.PostAsync("/api/schools", new { name = "", code = "bad code!" });

        await response.ShouldBeValidationProblemAsync("name", "code");
    }

    [Test]
    public async Task Duplicate_code_is_a_conflict()
    {
        var code = $"DUP-{District.Next()}";
        await District.Coordinator.PostJsonAsync("/api/schools", new { name = "One", code }, HttpStatusCode.Created);

        var response = await District.Coordinator.PostAsync("/api/schools", new { name = "Two", code });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Unknown_school_is_a_404()
    {
        await (await District.Coordinator.GetAsync("/api/schools/987654")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
