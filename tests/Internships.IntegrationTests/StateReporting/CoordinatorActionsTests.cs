using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.StateReporting;

/// <summary>The dashboard's "Waiting for you" counts equal the rows of the filtered lists they link to.</summary>
public sealed class CoordinatorActionsTests
{
    private static District District => TestHost.District;

    private static int Total(System.Text.Json.Nodes.JsonObject page) => page["total"]!.GetValue<int>();

    [Test]
    public async Task Each_count_equals_the_rows_of_the_list_it_links_to()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = 2.5m, tasks = "Filed the week's survey sheets." }, HttpStatusCode.Created);
        var pending = await PlacementScenario.CreateAsync(District);
        var employer = await District.CreateEmployerWithAdminAsync();
        var submitted = await District.CreateDraftPostingAsync(employer, [scenario.PathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{submitted}/submit");
        await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Closing round {District.Next()}", term = "Spring 2027", preferenceDeadline = District.Today.AddDays(3),
            postingIds = new[] { scenario.PostingId }, schoolIds = new[] { scenario.SchoolId },
        }, HttpStatusCode.Created);
        await District.Coordinator.PostJsonAsync("/api/contacts", new
        {
            placementId = pending.PlacementId, occurredOn = District.Today, kind = "PhoneCall", with = new[] { "Supervisor" },
            notes = "Asked for the work permit.", followUp = "Call again", followUpDueOn = District.Today.AddDays(2),
        }, HttpStatusCode.Created);

        var actions = await District.Coordinator.GetJsonAsync("/api/dashboard/actions");
        var submittedList = await District.Coordinator.GetJsonAsync("/api/postings?status=Submitted");
        var missingList = await District.Coordinator.GetJsonAsync("/api/placements?status=Pending&missingPaperwork=true");
        var hoursWaiting = await District.Coordinator.GetJsonAsync("/api/placements?hoursWaiting=true&pageSize=100");
        var roundsList = await District.Coordinator.GetJsonAsync("/api/match-rounds?closingSoon=true");
        var followUpsList = await District.Coordinator.GetJsonAsync("/api/contacts/follow-ups?withinDays=7");
        Assert.Multiple(() =>
        {
            Assert.That(actions["postingsWaitingForApproval"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1).And.EqualTo(Total(submittedList)));
            Assert.That(actions["placementsMissingPaperwork"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1).And.EqualTo(Total(missingList)));
            Assert.That(actions["placementsWithHoursWaiting"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1).And.EqualTo(Total(hoursWaiting)));
            Assert.That(actions["hourEntriesWaiting"]!.GetValue<int>(),
                Is.EqualTo(hoursWaiting["items"]!.AsArray().Sum(p => p!["hourEntriesWaiting"]!.GetValue<int>())));
            Assert.That(actions["roundsClosingSoon"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1).And.EqualTo(Total(roundsList)));
            Assert.That(actions["followUpsDue"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1).And.EqualTo(Total(followUpsList)));
        });
    }

    [Test]
    public async Task Placement_counts_follow_the_school_and_the_hours_waiting_show_per_intern()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var actions = await District.Coordinator.GetJsonAsync($"/api/dashboard/actions?schoolId={scenario.SchoolId}");
        Assert.That(actions["placementsWithHoursWaiting"]!.GetValue<int>(), Is.Zero);

        await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = District.Today, hours = 3.5m, tasks = "Sorted soil samples and logged moisture readings." }, HttpStatusCode.Created);
        actions = await District.Coordinator.GetJsonAsync($"/api/dashboard/actions?schoolId={scenario.SchoolId}");
        var list = await District.Coordinator.GetJsonAsync($"/api/placements?hoursWaiting=true&schoolId={scenario.SchoolId}");
        Assert.Multiple(() =>
        {
            Assert.That(actions["placementsWithHoursWaiting"]!.GetValue<int>(), Is.EqualTo(1).And.EqualTo(Total(list)));
            Assert.That(actions["hourEntriesWaiting"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(actions["placementsMissingPaperwork"]!.GetValue<int>(), Is.Zero);
            Assert.That(list["items"]![0]!["hoursWaiting"]!.GetValue<decimal>(), Is.EqualTo(3.5m));
        });

        // The supervisor sees the hours waiting of their own interns only; another supervisor sees none of them.
        var mine = await scenario.Supervisor.Client.GetJsonAsync("/api/placements?hoursWaiting=true");
        var other = await District.CreateSupervisorAsync(scenario.Employer.EmployerId);
        var theirs = await other.Client.GetJsonAsync("/api/placements?hoursWaiting=true");
        Assert.Multiple(() =>
        {
            Assert.That(mine["items"]!.AsArray().Select(p => District.Id(p!.AsObject())), Is.EqualTo(new[] { scenario.PlacementId }));
            Assert.That(mine["items"]![0]!["hourEntriesWaiting"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(Total(theirs), Is.Zero);
        });
        await (await scenario.Employer.Client.GetAsync("/api/dashboard/actions")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.GetAsync("/api/dashboard/actions?termId=999999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
