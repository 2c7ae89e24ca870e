using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Placements;

public sealed class PlacementLifecycleTests
{
    private static District District => TestHost.District;

    private static string Status(JsonObject placement) => placement["status"]!.GetValue<string>();

    private static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(x => x!.GetValue<string>());

    [Test]
    public async Task An_accepted_offer_becomes_a_pending_placement_with_the_postings_terms()
    {
        var scenario = await PlacementScenario.CreateAsync(District);

        var placement = await scenario.Student.Client!.GetJsonAsync(scenario.Url);

        Assert.That(Status(placement), Is.EqualTo("Pending"));
        Assert.That(placement["applicationId"]!.GetValue<int>(), Is.EqualTo(scenario.ApplicationId));
        Assert.That(placement["supervisorId"]!.GetValue<int>(), Is.EqualTo(scenario.Supervisor.SupervisorId));
        Assert.That(placement["hourlyWage"]!.GetValue<decimal>(), Is.EqualTo(18.50m));
        Assert.That(placement["hours"]!["required"]!.GetValue<decimal>(), Is.EqualTo(PlacementScenario.RequiredHours));
        Assert.That(placement["startDate"]!.GetValue<string>(), Is.EqualTo(District.Today.ToString("yyyy-MM-dd")));
        Assert.That(placement["isMinor"]!.GetValue<bool>(), Is.True);
        Assert.That(Strings(placement["missingDocuments"]), Is.EquivalentTo(new[] { "WorkPermit", "GuardianConsent", "TrainingAgreement" }));
    }

    [Test]
    public async Task A_minor_becomes_active_once_all_three_documents_are_verified()
    {
        var scenario = await PlacementScenario.CreateAsync(District);

        var afterPermit = await District.Coordinator.PostJsonAsync($"{scenario.Url}/documents", new { type = "WorkPermit", receivedOn = District.Today.AddDays(-2) });
        Assert.That(Status(afterPermit), Is.EqualTo("Pending"));
        var permit = afterPermit["documents"]!.AsArray().Single()!;
        Assert.That(permit["verifiedBy"]!.GetValue<string>(), Does.StartWith("coordinator-"), "who verified it is recorded");
        Assert.That(permit["receivedOn"]!.GetValue<string>(), Is.EqualTo(District.Today.AddDays(-2).ToString("yyyy-MM-dd")));

        await District.Coordinator.PostJsonAsync($"{scenario.Url}/documents", new { type = "GuardianConsent", receivedOn = District.Today });
        var active = await District.Coordinator.PostJsonAsync($"{scenario.Url}/documents", new { type = "TrainingAgreement", receivedOn = District.Today });

        Assert.That(Status(active), Is.EqualTo("Active"));
        Assert.That(active["missingDocuments"]!.AsArray(), Is.Empty);
        Assert.That(active["activatedAt"], Is.Not.Null);
    }

    [Test]
    public async Task An_adult_needs_only_the_training_agreement()
    {
        var scenario = await PlacementScenario.CreateAsync(District, studentAge: 18);

        var placement = await District.Coordinator.GetJsonAsync(scenario.Url);
        Assert.That(placement["isMinor"]!.GetValue<bool>(), Is.False);
        Assert.That(Strings(placement["missingDocuments"]), Is.EqualTo(new[] { "TrainingAgreement" }));

        var permit = await District.Coordinator.PostAsync($"{scenario.Url}/documents", new { type = "WorkPermit", receivedOn = District.Today });
        await permit.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var active = await District.Coordinator.PostJsonAsync($"{scenario.Url}/documents", new { type = "TrainingAgreement", receivedOn = District.Today });
        Assert.That(Status(active), Is.EqualTo("Active"));
    }

    [Test]
    public async Task Documents_are_the_coordinators_to_record_and_must_not_be_dated_in_the_future()
    {
        var scenario = await PlacementScenario.CreateAsync(District);

        await (await scenario.Employer.Client.PostAsync($"{scenario.Url}/documents", new { type = "TrainingAgreement", receivedOn = District.Today }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.PostAsync($"{scenario.Url}/documents", new { type = "TrainingAgreement", receivedOn = District.Today.AddDays(1) }))
            .ShouldBeValidationProblemAsync("receivedOn");
        await (await District.Coordinator.PostRawAsync($"{scenario.Url}/documents", $$"""{"type":"Passport","receivedOn":"{{District.Today:yyyy-MM-dd}}"}"""))
            .ShouldBeValidationProblemAsync("type");
    }

    [Test]
    public async Task A_placement_without_a_supervisor_waits_for_one_named_by_its_employer()
    {
        var scenario = await PlacementScenario.CreateAsync(District, studentAge: 18);
        var other = await District.CreateSupervisorAsync(scenario.Employer.EmployerId);
        var stranger = await District.CreateSupervisorAsync(await District.CreateEmployerAsync());

        var wrongEmployer = await scenario.Employer.Client.PutAsync($"{scenario.Url}/supervisor", new { supervisorId = stranger.SupervisorId });
        await wrongEmployer.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var reassigned = await scenario.Employer.Client.PutJsonAsync($"{scenario.Url}/supervisor", new { supervisorId = other.SupervisorId });
        Assert.That(reassigned["supervisorId"]!.GetValue<int>(), Is.EqualTo(other.SupervisorId));
        await (await scenario.Supervisor.Client.GetAsync(scenario.Url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.Client.GetJsonAsync(scenario.Url);
    }

    [Test]
    public async Task Completion_needs_the_final_evaluation_and_the_required_hours()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);

        var tooEarly = await scenario.Supervisor.Client.PostAsync($"{scenario.Url}/complete");
        var problem = await tooEarly.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("final evaluation"));

        await scenario.SubmitEvaluationAsync("Final");
        await scenario.LogApprovedHoursAsync(4);
        var shortOfHours = await scenario.Supervisor.Client.PostAsync($"{scenario.Url}/complete");
        problem = await shortOfHours.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("Only 4 of the 10 required hours are approved."));

        await scenario.LogApprovedHoursAsync(6, "Drafted the parcel map in CAD.");
        await (await scenario.Employer.Client.PostAsync($"{scenario.Url}/complete")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var completed = await scenario.Supervisor.Client.PostJsonAsync($"{scenario.Url}/complete");

        Assert.That(Status(completed), Is.EqualTo("Completed"));
        Assert.That(completed["hours"]!["approved"]!.GetValue<decimal>(), Is.EqualTo(10m));
        Assert.That(completed["hours"]!["earnings"]!.GetValue<decimal>(), Is.EqualTo(185.00m));
        Assert.That(completed["hours"]!["stillNeeded"]!.GetValue<decimal>(), Is.Zero);
        await (await District.Coordinator.PostAsync($"{scenario.Url}/complete")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_coordinator_ends_a_placement_early_with_a_reason_and_no_more_hours_are_taken()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);

        await (await District.Coordinator.PostAsync($"{scenario.Url}/end", new { reason = "" })).ShouldBeValidationProblemAsync("reason");
        var ended = await District.Coordinator.PostJsonAsync($"{scenario.Url}/end", new { reason = "The student moved out of the district." });

        Assert.That(Status(ended), Is.EqualTo("Ended"));
        Assert.That(ended["endReason"]!.GetValue<string>(), Is.EqualTo("The student moved out of the district."));
        var hours = await scenario.Student.Client!.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 2, tasks = "Filing" });
        await hours.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Each_sees_only_the_placements_that_are_theirs()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        var otherStudent = await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId]);
        var otherEmployer = await District.CreateEmployerWithAdminAsync();
        var otherSupervisor = await District.CreateSupervisorAsync(otherEmployer.EmployerId);

        await (await otherStudent.Client!.GetAsync(scenario.Url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherEmployer.Client.GetAsync(scenario.Url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherSupervisor.Client.GetAsync(scenario.Url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await District.Admin.GetAsync(scenario.Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.That((await otherStudent.Client.GetJsonAsync("/api/placements"))["total"]!.GetValue<int>(), Is.Zero);
        Assert.That((await otherSupervisor.Client.GetJsonAsync("/api/placements"))["total"]!.GetValue<int>(), Is.Zero);
        var mine = await scenario.Supervisor.Client.GetJsonAsync("/api/placements");
        Assert.That(mine["items"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()), Is.EqualTo(new[] { scenario.PlacementId }));
        var employers = await scenario.Employer.Client.GetJsonAsync("/api/placements?status=Pending");
        Assert.That(employers["items"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()), Is.EqualTo(new[] { scenario.PlacementId }));
        Assert.That(employers["items"]![0]!["missingDocuments"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_students_own_list_shows_each_placement_as_the_filtered_lists_do_with_its_paperwork_and_hours_waiting()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = 2.5m, tasks = "Catalogued the seed library." }, HttpStatusCode.Created);
        await scenario.Student.Client.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = 1.25m, tasks = "Watered the test plots." }, HttpStatusCode.Created);

        var own = await scenario.Student.Client.GetJsonAsync("/api/placements");
        var item = own["items"]!.AsArray().Single()!;
        Assert.That(own["total"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(item["hourEntriesWaiting"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(item["hoursWaiting"]!.GetValue<decimal>(), Is.EqualTo(3.75m));
        Assert.That(item["missingDocuments"]!.GetValue<int>(), Is.Zero, "all three of a minor's documents are recorded");

        var status = item["status"]!.GetValue<string>();
        var filtered = (await scenario.Student.Client.GetJsonAsync($"/api/placements?status={status}"))["items"]!.AsArray().Single()!;
        var supervisors = (await scenario.Supervisor.Client.GetJsonAsync("/api/placements"))["items"]!.AsArray()
            .Single(p => p!["id"]!.GetValue<int>() == scenario.PlacementId)!;
        Assert.That(JsonNode.DeepEquals(item, filtered), Is.True, $"own:\n{item}\nfiltered:\n{filtered}");
        Assert.That(JsonNode.DeepEquals(item, supervisors), Is.True, $"own:\n{item}\nsupervisor's:\n{supervisors}");
        Assert.That((await scenario.Student.Client.GetJsonAsync("/api/placements?page=2&pageSize=1"))["total"]!.GetValue<int>(), Is.EqualTo(1));
    }
}
