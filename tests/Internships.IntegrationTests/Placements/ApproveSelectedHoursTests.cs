using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Placements;

/// <summary>A supervisor approves several hour entries at once, all or none; completion says what is still missing.</summary>
public sealed class ApproveSelectedHoursTests
{
    private static District District => TestHost.District;

    private static async Task<int> LogAsync(PlacementScenario scenario, decimal hours) =>
        District.Id(await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours, tasks = "Checked the survey stakes with the crew." }, HttpStatusCode.Created));

    [Test]
    public async Task The_supervisor_approves_the_chosen_entries_together_and_only_those()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var (first, second, _) = (await LogAsync(scenario, 2m), await LogAsync(scenario, 1.5m), await LogAsync(scenario, 1m));

        var approved = await scenario.Supervisor.Client.ExpectAsync<System.Text.Json.Nodes.JsonArray>(
            scenario.Supervisor.Client.PostAsync($"{scenario.Url}/hours/approve", new { entryIds = new[] { first, second } }));
        Assert.That(approved.Select(e => e!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "Approved", "Approved" }));
        var placement = await scenario.Supervisor.Client.GetJsonAsync(scenario.Url);
        var waiting = await scenario.Supervisor.Client.GetJsonAsync("/api/placements?hoursWaiting=true");
        Assert.Multiple(() =>
        {
            Assert.That(placement["hours"]!["approved"]!.GetValue<decimal>(), Is.EqualTo(3.5m));
            Assert.That(placement["hours"]!["awaitingApproval"]!.GetValue<decimal>(), Is.EqualTo(1m));
            Assert.That(waiting["items"]!.AsArray().Single(p => District.Id(p!.AsObject()) == scenario.PlacementId)!["hourEntriesWaiting"]!.GetValue<int>(),
                Is.EqualTo(1));
        });
    }

    [Test]
    public async Task One_entry_that_cannot_be_approved_refuses_them_all()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var (first, second) = (await LogAsync(scenario, 2m), await LogAsync(scenario, 1m));
        await scenario.Supervisor.Client.PostJsonAsync($"/api/timesheets/{second}/approve");

        await (await scenario.Supervisor.Client.PostAsync($"{scenario.Url}/hours/approve", new { entryIds = new[] { first, second } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var other = await PlacementScenario.CreateAsync(District, activate: true);
        var elsewhere = await LogAsync(other, 1m);
        await (await scenario.Supervisor.Client.PostAsync($"{scenario.Url}/hours/approve", new { entryIds = new[] { first, elsewhere } }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        // Another employer's supervisor does not learn that the placement exists.
        await (await other.Supervisor.Client.PostAsync($"{scenario.Url}/hours/approve", new { entryIds = new[] { first } }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await scenario.Supervisor.Client.PostAsync($"{scenario.Url}/hours/approve", new { entryIds = Array.Empty<int>() }))
            .ShouldBeValidationProblemAsync("entryIds");

        var hours = await scenario.Supervisor.Client.GetJsonAsync($"{scenario.Url}/hours?status=Submitted");
        Assert.That(hours["items"]!.AsArray().Select(e => District.Id(e!.AsObject())), Is.EqualTo(new[] { first }));
    }

    [Test]
    public async Task A_placement_says_what_it_still_needs_to_complete_until_it_can()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var placement = await scenario.Supervisor.Client.GetJsonAsync(scenario.Url);
        Assert.That(placement["completionStillNeeds"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[]
        {
            "The supervisor's final evaluation is not in yet.",
            $"Only 0 of the {PlacementScenario.RequiredHours:0.##} required hours are approved.",
        }));
        Assert.That(placement["completionNeeds"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "FinalEvaluation", "ApprovedHours" }),
            "the same needs as stable keys, for a client that writes them in its own language");

        await scenario.LogApprovedHoursAsync(PlacementScenario.RequiredHours);
        await scenario.SubmitEvaluationAsync("Final");
        placement = await scenario.Supervisor.Client.GetJsonAsync(scenario.Url);
        Assert.That(placement["completionStillNeeds"]!.AsArray(), Is.Empty);
        Assert.That(placement["completionNeeds"]!.AsArray(), Is.Empty);
        placement = await scenario.Supervisor.Client.PostJsonAsync($"{scenario.Url}/complete");
        Assert.That(placement["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
    }
}
