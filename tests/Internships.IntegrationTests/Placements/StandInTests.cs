using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Placements;

/// <summary>
/// A supervisor who cannot (absent, gone): a coordinator approves the intern's hours and records the final evaluation
/// on their behalf, and both say who did.
/// </summary>
public sealed class StandInTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_coordinator_approves_hours_and_records_the_final_evaluation_for_the_supervisor()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var entry = await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = PlacementScenario.RequiredHours, tasks = "Mapped the storm drains." }, HttpStatusCode.Created);

        var approved = await District.Coordinator.PostJsonAsync($"/api/timesheets/{District.Id(entry)}/approve");
        Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
        Assert.That(approved["reviewedOnBehalfBy"]!.GetValue<string>(), Does.StartWith("coordinator-"));

        await scenario.SubmitEvaluationAsync("Midpoint");
        var body = await PlacementScenario.EvaluationBodyAsync(District.Coordinator, "Final", score: 4);
        var final = await District.Coordinator.PostJsonAsync($"{scenario.Url}/evaluations", body, HttpStatusCode.Created);
        Assert.That(final["recordedOnBehalfBy"]!.GetValue<string>(), Does.StartWith("coordinator-"));

        var evaluations = await scenario.Student.Client.ExpectAsync<JsonArray>(scenario.Student.Client.GetAsync($"{scenario.Url}/evaluations"));
        Assert.That(evaluations.Single(e => e!["kind"]!.GetValue<string>() == "Midpoint")!["recordedOnBehalfBy"], Is.Null, "the supervisor's own");
        var completed = await District.Coordinator.PostJsonAsync($"{scenario.Url}/complete");
        Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
    }

    [Test]
    public async Task Nobody_else_stands_in_for_the_supervisor()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var colleague = await District.CreateSupervisorAsync(scenario.Employer.EmployerId);
        var entry = District.Id(await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = 1, tasks = "Filed permits." }, HttpStatusCode.Created));

        await (await colleague.Client.PostAsync($"/api/timesheets/{entry}/approve")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await scenario.Employer.Client.PostAsync($"/api/timesheets/{entry}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await scenario.Student.Client.PostAsync($"/api/timesheets/{entry}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var approved = await scenario.Supervisor.Client.PostJsonAsync($"/api/timesheets/{entry}/approve");
        Assert.That(approved["reviewedOnBehalfBy"], Is.Null, "the supervisor approved it themself");
    }
}
