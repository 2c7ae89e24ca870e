using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Placements;

/// <summary>Coordinators put the rubric's competencies in a new order; supervisors then see them in it.</summary>
[NonParallelizable]
public sealed class RubricOrderTests
{
    private static District District => TestHost.District;

    private static async Task<List<int>> OrderAsync() =>
        (await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.GetAsync("/api/rubric?includeRetired=true")))
        .Select(c => c!["id"]!.GetValue<int>()).ToList();

    [Test]
    public async Task A_coordinator_reorders_the_rubric_and_everyone_reads_the_new_order()
    {
        var original = await OrderAsync();
        try
        {
            var reversed = Enumerable.Reverse(original).ToList();
            var saved = await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.PutAsync("/api/rubric/order", new { competencyIds = reversed }));
            Assert.That(saved.Select(c => c!["id"]!.GetValue<int>()), Is.EqualTo(reversed));
            Assert.That(saved.Select(c => c!["sortOrder"]!.GetValue<int>()), Is.Ordered.Ascending);
            Assert.That(await OrderAsync(), Is.EqualTo(reversed));

            var supervisor = await District.CreateSupervisorAsync(await District.CreateEmployerAsync());
            await (await supervisor.Client.PutAsync("/api/rubric/order", new { competencyIds = original })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
        finally
        {
            await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.PutAsync("/api/rubric/order", new { competencyIds = original }));
        }
    }

    [Test]
    public async Task An_order_must_list_every_competency_once()
    {
        var order = await OrderAsync();

        var missing = await (await District.Coordinator.PutAsync("/api/rubric/order", new { competencyIds = order.Skip(1) })).ShouldBeValidationProblemAsync("competencyIds");
        Assert.That(missing["errors"]!["competencyIds"]![0]!.GetValue<string>(), Does.Contain("every competency"));
        await (await District.Coordinator.PutAsync("/api/rubric/order", new { competencyIds = order.Append(order[0]) })).ShouldBeValidationProblemAsync("competencyIds");
        Assert.That(await OrderAsync(), Is.EqualTo(order));
    }
}
