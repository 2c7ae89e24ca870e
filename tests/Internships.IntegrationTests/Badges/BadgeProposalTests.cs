using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// Badges designed with employers: an employer's admin proposes a badge; the coordinator edits and approves it (it joins
/// the catalogue with the employer as co-designer) or declines it with a reason. Until approved nothing can be awarded;
/// another employer may not know the proposal exists.
/// </summary>
public sealed class BadgeProposalTests
{
    private static District District => TestHost.District;

    private static object Body(string name) => new
    {
        name, description = "Builds and programs a small Arduino circuit.",
        criteria = "Programs a sensor circuit that works first time.",
        tasks = new[] { "Wires a breadboard from a diagram", "Writes and uploads a sketch" },
        skill = "Arduino programming",
    };

    private static async Task<(EmployerActor Employer, int Id, string Name)> ProposeAsync()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var name = $"Arduino Programming {District.Next()}";
        var proposal = await employer.Client.PostJsonAsync("/api/badge-proposals", Body(name), HttpStatusCode.Created);
        Assert.That(proposal["status"]!.GetValue<string>(), Is.EqualTo("Proposed"));
        Assert.That(proposal["employerId"]!.GetValue<int>(), Is.EqualTo(employer.EmployerId));
        return (employer, District.Id(proposal), name);
    }

    [Test]
    public async Task An_employers_proposal_edited_and_approved_by_the_coordinator_joins_the_catalogue_with_the_employer_as_co_designer()
    {
        var (employer, id, name) = await ProposeAsync();
        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeClasses.CountAsync(b => b.Name == name)), Is.Zero,
            "a proposal is not a badge: nothing can be awarded or claimed");
        var mine = await employer.Client.GetJsonAsync("/api/badge-proposals");
        Assert.That(mine["items"]!.AsArray().Select(p => District.Id(p!.AsObject())), Is.EqualTo(new[] { id }));
        var queue = await District.Coordinator.GetJsonAsync("/api/badge-proposals?status=Proposed&pageSize=100");
        Assert.That(queue["items"]!.AsArray().Select(p => District.Id(p!.AsObject())), Does.Contain(id));

        var etag = await District.Coordinator.ETagOfAsync($"/api/badge-proposals/{id}");
        var edited = await District.Coordinator.PutJsonAsync($"/api/badge-proposals/{id}", Body(name + " I"), etag);
        Assert.That(edited["name"]!.GetValue<string>(), Is.EqualTo(name + " I"));
        await (await employer.Client.PutAsync($"/api/badge-proposals/{id}", Body(name), etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var approved = await District.Coordinator.PostJsonAsync($"/api/badge-proposals/{id}/approve");

        Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
        var badge = await District.Coordinator.GetJsonAsync($"/api/badges/{approved["badgeClassId"]!.GetValue<int>()}");
        Assert.That(badge["name"]!.GetValue<string>(), Is.EqualTo(name + " I"));
        Assert.That(badge["endorsingEmployerId"]!.GetValue<int>(), Is.EqualTo(employer.EmployerId));
        Assert.That(badge["criteria"]!.GetValue<string>(), Does.Contain("Writes and uploads a sketch"));
        Assert.That(badge["skills"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "Arduino programming" }));
        await (await employer.Client.PutAsync($"/api/badge-proposals/{id}", Body(name), "*")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await District.Coordinator.PostAsync($"/api/badge-proposals/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var trail = await District.Coordinator.GetJsonAsync($"/api/audit/BadgeProposal/{id}");
        Assert.That(trail["items"]!.AsArray().Select(l => l!["action"]!.GetValue<string>()), Is.SupersetOf(new[] { "Created", "Updated" }));
    }

    [Test]
    public async Task A_declined_proposal_carries_its_reason_to_the_employer_and_adds_no_badge()
    {
        var (employer, id, name) = await ProposeAsync();

        await (await District.Coordinator.PostAsync($"/api/badge-proposals/{id}/decline", new { reason = " " })).ShouldBeValidationProblemAsync("reason");
        var declined = await District.Coordinator.PostJsonAsync($"/api/badge-proposals/{id}/decline", new { reason = "The district has a Robotics badge." });

        Assert.That(declined["status"]!.GetValue<string>(), Is.EqualTo("Declined"));
        var seen = await employer.Client.GetJsonAsync($"/api/badge-proposals/{id}");
        Assert.That(seen["declineReason"]!.GetValue<string>(), Is.EqualTo("The district has a Robotics badge."));
        await (await District.Coordinator.PostAsync($"/api/badge-proposals/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeClasses.CountAsync(b => b.Name == name)), Is.Zero);
    }

    [Test]
    public async Task Another_employer_cannot_see_or_change_a_proposal_and_its_own_admin_cannot_approve_it()
    {
        var (employer, id, name) = await ProposeAsync();
        var other = await District.CreateEmployerWithAdminAsync();

        await (await other.Client.GetAsync($"/api/badge-proposals/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.PutAsync($"/api/badge-proposals/{id}", Body("Mine now"), "*")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var theirs = await other.Client.GetJsonAsync("/api/badge-proposals");
        Assert.That(theirs["items"]!.AsArray(), Is.Empty);
        await (await employer.Client.PostAsync($"/api/badge-proposals/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((await employer.Client.GetJsonAsync($"/api/badge-proposals/{id}"))["name"]!.GetValue<string>(), Is.EqualTo(name));
    }

    [Test]
    public async Task A_proposal_without_its_fields_is_refused_naming_them_and_nothing_is_written()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var before = await District.Factory.WithDbAsync(db => db.BadgeProposals.CountAsync());

        await (await employer.Client.PostAsync("/api/badge-proposals",
                new { name = "", description = "x", criteria = "", skill = "", tasks = Enumerable.Repeat("t", 11) }))
            .ShouldBeValidationProblemAsync("name", "criteria", "skill", "tasks");

        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeProposals.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task Concurrent_approvals_of_one_proposal_add_one_badge()
    {
        var (_, id, name) = await ProposeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => District.Coordinator.PostAsync($"/api/badge-proposals/{id}/approve"))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeClasses.CountAsync(b => b.Name == name)), Is.EqualTo(1));
    }
}
