using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Placements;

public sealed class EvaluationTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_supervisor_rates_every_competency_and_writes_a_testimonial_the_intern_can_read()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);

        await scenario.SubmitEvaluationAsync("Midpoint", score: 2);
        await scenario.SubmitEvaluationAsync("Final", score: 4);

        var evaluations = await scenario.Student.Client!.ExpectAsync<System.Text.Json.Nodes.JsonArray>(scenario.Student.Client.GetAsync($"{scenario.Url}/evaluations"));
        Assert.That(evaluations.Select(e => e!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "Midpoint", "Final" }));
        Assert.That(evaluations[1]!["averageScore"]!.GetValue<double>(), Is.EqualTo(4));
        Assert.That(evaluations[1]!["ratings"]!.AsArray(), Has.Count.EqualTo(6));
        Assert.That(evaluations[1]!["ratings"]![0]!["competencyName"]!.GetValue<string>(), Is.EqualTo("Communication"));
        Assert.That(evaluations[1]!["testimonial"]!.GetValue<string>(), Does.Contain("We would hire them"));
        var placement = await District.Coordinator.GetJsonAsync(scenario.Url);
        Assert.That(placement["evaluationsSubmitted"]!.AsArray().Select(k => k!.GetValue<string>()), Is.EqualTo(new[] { "Midpoint", "Final" }));
    }

    [Test]
    public async Task An_evaluation_covers_the_whole_rubric_once_with_scores_from_1_to_4()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var client = scenario.Supervisor.Client;

        var partial = await client.PostAsync($"{scenario.Url}/evaluations", new
        {
            kind = "Midpoint",
            ratings = new[] { new { competency = "communication", score = 3, comment = (string?)null } },
            testimonial = "Good start.",
        });
        var problem = await partial.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("missing").And.Contain("Collaboration"));

        var outOfRange = await client.PostAsync($"{scenario.Url}/evaluations", new
        {
            kind = "Midpoint",
            ratings = new[] { new { competency = "communication", score = 5, comment = (string?)null } },
            testimonial = "Good start.",
        });
        await outOfRange.ShouldBeValidationProblemAsync("ratings[0].score");
        await (await client.PostAsync($"{scenario.Url}/evaluations", new { kind = "Midpoint", ratings = Array.Empty<object>(), testimonial = "" }))
            .ShouldBeValidationProblemAsync("ratings", "testimonial");

        await scenario.SubmitEvaluationAsync("Midpoint");
        var again = await client.PostAsync($"{scenario.Url}/evaluations", PlacementScenario.Ratings() is var r ? WithKind(r, "Midpoint") : null);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Only_the_interns_own_supervisor_evaluates_them()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var colleague = await District.CreateSupervisorAsync(scenario.Employer.EmployerId);
        var body = WithKind(PlacementScenario.Ratings(), "Midpoint");

        await (await colleague.Client.PostAsync($"{scenario.Url}/evaluations", body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await scenario.Employer.Client.PostAsync($"{scenario.Url}/evaluations", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await scenario.Student.Client!.PostAsync($"{scenario.Url}/evaluations", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // A coordinator may record it for an absent supervisor (see StandInTests), marked as done on their behalf.
        await (await colleague.Client.GetAsync($"{scenario.Url}/evaluations")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Coordinators_keep_the_rubric_and_others_only_read_it()
    {
        var key = $"data-literacy-{District.Next()}";
        var added = await District.Coordinator.PostJsonAsync("/api/rubric/competencies",
            new { key, name = "Data literacy", description = "Reads and questions numbers.", sortOrder = 999 }, HttpStatusCode.Created);
        try
        {
            var rubric = await District.Admin.ExpectAsync<System.Text.Json.Nodes.JsonArray>(District.Admin.GetAsync("/api/rubric"));
            Assert.That(rubric.Select(c => c!["key"]!.GetValue<string>()), Does.Contain(key).And.Contain("communication"));
            await (await District.Coordinator.PostAsync("/api/rubric/competencies", new { key, name = "Again", description = "", sortOrder = 1 }))
                .ShouldBeProblemAsync(HttpStatusCode.Conflict);
            await (await District.Coordinator.PostAsync("/api/rubric/competencies", new { key = "Not A Slug", name = "X", description = "", sortOrder = 1 }))
                .ShouldBeValidationProblemAsync("key");
            var supervisor = await District.CreateSupervisorAsync(await District.CreateEmployerAsync());
            await (await supervisor.Client.PostAsync("/api/rubric/competencies", new { key = "x-y", name = "X", description = "", sortOrder = 1 }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
        finally
        {
            // Retire it again, so other tests' evaluations do not have to rate it.
            await District.Coordinator.PutJsonAsync($"/api/rubric/competencies/{District.Id(added)}",
                new { name = "Data literacy", description = "Reads and questions numbers.", sortOrder = 999, isActive = false });
        }

        var retired = await District.Coordinator.ExpectAsync<System.Text.Json.Nodes.JsonArray>(District.Coordinator.GetAsync("/api/rubric"));
        Assert.That(retired.Select(c => c!["key"]!.GetValue<string>()), Does.Not.Contain(key));
    }

    private static System.Text.Json.Nodes.JsonObject WithKind(object ratings, string kind)
    {
        var body = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ratings))!;
        body["kind"] = kind;
        return body;
    }
}
