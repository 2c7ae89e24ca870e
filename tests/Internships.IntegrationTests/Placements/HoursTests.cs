using System.Net;
using System.Net.Http.Json;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Placements;

public sealed class HoursTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Intern_logs_hours_and_their_supervisor_approves_or_returns_them()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);

        var response = await scenario.Student.Client!.PostAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = 3.5m, tasks = "Sorted soil samples and logged moisture readings." });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var entry = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!;
        var id = District.Id(entry);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/timesheets/{id}"));
        Assert.That(entry["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));

        var waiting = await scenario.Supervisor.Client.GetJsonAsync($"{scenario.Url}/hours?status=Submitted");
        Assert.That(waiting["items"]!.AsArray().Select(e => District.Id(e!.AsObject())), Is.EqualTo(new[] { id }));

        var returned = await scenario.Supervisor.Client.PostJsonAsync($"/api/timesheets/{id}/return", new { note = "You left at noon that day." });
        Assert.That(returned["status"]!.GetValue<string>(), Is.EqualTo("Returned"));
        Assert.That(returned["reviewNote"]!.GetValue<string>(), Is.EqualTo("You left at noon that day."));

        var corrected = await scenario.Student.Client.PutJsonAsync($"/api/timesheets/{id}",
            new { workDate = District.Today, hours = 3m, tasks = "Sorted soil samples and logged moisture readings." });
        Assert.That(corrected["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
        Assert.That(corrected["reviewNote"], Is.Null);

        var approved = await scenario.Supervisor.Client.PostJsonAsync($"/api/timesheets/{id}/approve");
        Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
        var placement = await scenario.Student.Client.GetJsonAsync(scenario.Url);
        Assert.That(placement["hours"]!["approved"]!.GetValue<decimal>(), Is.EqualTo(3m));
        Assert.That(placement["hours"]!["earnings"]!.GetValue<decimal>(), Is.EqualTo(55.50m));

        await (await scenario.Student.Client.PutAsync($"/api/timesheets/{id}", new { workDate = District.Today, hours = 8m, tasks = "More" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await scenario.Supervisor.Client.PostAsync($"/api/timesheets/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Hours_must_be_real_days_of_an_active_placement_within_a_days_limit()
    {
        var pending = await PlacementScenario.CreateAsync(District);
        var notYet = await pending.Student.Client!.PostAsync($"{pending.Url}/hours", new { workDate = District.Today, hours = 2, tasks = "Orientation" });
        await notYet.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var client = scenario.Student.Client!;
        await (await client.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today.AddDays(1), hours = 2, tasks = "Tomorrow" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today.AddDays(-1), hours = 2, tasks = "Before it began" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var none = await (await client.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 0, tasks = "Nothing" }))
            .ShouldBeValidationProblemAsync("hours");
        Assert.That(none["errors"]!["hours"]![0]!.GetValue<string>(), Is.EqualTo("Enter the hours worked: more than 0."), "named as the page labels it");
        var tooFine = await (await client.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 2.125m, tasks = "Precise" }))
            .ShouldBeValidationProblemAsync("hours");
        Assert.That(tooFine["errors"]!["hours"]![0]!.GetValue<string>(), Does.StartWith("Enter the hours worked with at most two decimals"));
        await (await client.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 2, tasks = "" }))
            .ShouldBeValidationProblemAsync("tasks");

        await client.PostJsonAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 8, tasks = "Long day" }, HttpStatusCode.Created);
        var over = await client.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 5, tasks = "Longer day" });
        var problem = await over.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("at most 12"));
    }

    [Test]
    public async Task Only_the_interns_own_supervisor_reviews_and_only_the_intern_logs()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var entry = await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = 2, tasks = "Answered the front desk phone." }, HttpStatusCode.Created);
        var id = District.Id(entry);
        var colleague = await District.CreateSupervisorAsync(scenario.Employer.EmployerId);
        var otherStudent = await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId]);

        await (await colleague.Client.PostAsync($"/api/timesheets/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await scenario.Employer.Client.PostAsync($"/api/timesheets/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // A coordinator may approve for an absent supervisor (see StandInTests); nobody else but the supervisor may.
        await (await scenario.Student.Client.PostAsync($"/api/timesheets/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherStudent.Client!.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 1, tasks = "Sneaky" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await scenario.Supervisor.Client.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 1, tasks = "For them" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherStudent.Client.PutAsync($"/api/timesheets/{id}", new { workDate = District.Today, hours = 1, tasks = "Mine now" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
