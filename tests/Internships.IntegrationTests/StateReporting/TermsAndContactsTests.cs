using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.StateReporting;

/// <summary>The district's terms, and the contact log with its follow-ups, through HTTP.</summary>
public sealed class TermsAndContactsTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_coordinator_configures_terms_and_a_term_summary_without_dates_covers_the_last_one_ended()
    {
        var name = $"Term {District.Next()}";
        var end = District.Today.AddDays(-1);
        var term = await District.Coordinator.PostJsonAsync("/api/terms", new { name, startDate = end.AddDays(-90), endDate = end }, HttpStatusCode.Created);
        var terms = await District.Coordinator.ExpectAsync<List<System.Text.Json.Nodes.JsonObject>>(District.Coordinator.GetAsync("/api/terms"));
        Assert.That(terms.Select(t => t["name"]!.GetValue<string>()), Does.Contain(name));

        var report = await District.Coordinator.PostJsonAsync("/api/reports/term-summary", null, HttpStatusCode.Accepted);
        Assert.That((report["termName"]!.GetValue<string>(), report["termEnd"]!.GetValue<string>()), Is.EqualTo((name, end.ToString("yyyy-MM-dd"))));

        await (await District.Coordinator.PostAsync("/api/terms", new { name, startDate = end, endDate = end })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await District.Coordinator.PutAsync($"/api/terms/{District.Id(term)}", new { name, startDate = end, endDate = end.AddDays(-1) }))
            .ShouldBeValidationProblemAsync("endDate");
        await (await District.Coordinator.DeleteAsync($"/api/terms/{District.Id(term)}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await (await District.Coordinator.DeleteAsync($"/api/terms/{District.Id(term)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_site_visit_with_a_follow_up_shows_on_the_placement_and_in_the_follow_ups_due_until_done()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        var visit = await District.Coordinator.PostJsonAsync("/api/contacts", new
        {
            placementId = scenario.PlacementId, occurredOn = District.Today, kind = "SiteVisit", with = new[] { "Student", "Supervisor" },
            people = "Sam at the front desk", notes = "Workstation is safe; the intern shadows the survey crew.",
            followUp = "Send the safety checklist", followUpDueOn = District.Today.AddDays(3),
        }, HttpStatusCode.Created);
        Assert.That((visit["studentId"]!.GetValue<int>(), visit["employerId"]!.GetValue<int>()),
            Is.EqualTo((scenario.Student.StudentId, scenario.Employer.EmployerId)));

        var log = await District.Coordinator.GetJsonAsync($"/api/contacts?placementId={scenario.PlacementId}");
        Assert.That(log["items"]!.AsArray().Select(c => c!["id"]!.GetValue<int>()), Is.EqualTo(new[] { District.Id(visit) }));
        var due = await District.Coordinator.GetJsonAsync("/api/contacts/follow-ups?withinDays=7&pageSize=100");
        Assert.That(due["items"]!.AsArray().Select(c => c!["id"]!.GetValue<int>()), Does.Contain(District.Id(visit)));

        var done = await District.Coordinator.PostJsonAsync($"/api/contacts/{District.Id(visit)}/follow-up/done");
        Assert.That(done["followUpDoneOn"]!.GetValue<string>(), Is.EqualTo(District.Today.ToString("yyyy-MM-dd")));
        due = await District.Coordinator.GetJsonAsync("/api/contacts/follow-ups?withinDays=7&pageSize=100");
        Assert.That(due["items"]!.AsArray().Select(c => c!["id"]!.GetValue<int>()), Does.Not.Contain(District.Id(visit)));
        await (await District.Coordinator.PostAsync($"/api/contacts/{District.Id(visit)}/follow-up/done")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_contact_in_the_future_or_a_follow_up_without_a_due_day_is_refused_and_nothing_is_recorded()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        await (await District.Coordinator.PostAsync("/api/contacts", new
        {
            placementId = scenario.PlacementId, occurredOn = District.Today.AddDays(1), kind = "PhoneCall", notes = "Called.",
        })).ShouldBeValidationProblemAsync("occurredOn");
        await (await District.Coordinator.PostAsync("/api/contacts", new
        {
            placementId = scenario.PlacementId, occurredOn = District.Today, kind = "PhoneCall", notes = "Called.", followUp = "Call back",
        })).ShouldBeValidationProblemAsync("followUpDueOn");
        await (await District.Coordinator.PostAsync("/api/contacts", new { occurredOn = District.Today, kind = "Email", notes = "Wrote." }))
            .ShouldBeValidationProblemAsync("studentId");
        var log = await District.Coordinator.GetJsonAsync($"/api/contacts?placementId={scenario.PlacementId}");
        Assert.That(log["total"]!.GetValue<int>(), Is.Zero);
    }
}
