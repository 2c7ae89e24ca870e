using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Postings;

public sealed class PostingLifecycleTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Employer_drafts_and_submits_coordinator_approves_and_students_see_it()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var body = District.PostingBody([pathwayId]);
        body.Remove("employerId");

        var created = await employer.Client.PostAsync("/api/postings", body);
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var posting = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = District.Id(posting);
        Assert.That(created.Headers.Location!.ToString(), Is.EqualTo($"/api/postings/{id}"));
        Assert.That(posting["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
        Assert.That(posting["employerId"]!.GetValue<int>(), Is.EqualTo(employer.EmployerId));
        Assert.That(posting["eligibleGrades"]!.AsArray().Select(g => g!.GetValue<int>()), Is.EqualTo(new[] { 11, 12 }));

        var submitted = await employer.Client.PostJsonAsync($"/api/postings/{id}/submit");
        Assert.That(submitted["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));

        var queue = await District.Coordinator.GetJsonAsync($"/api/postings?status=Submitted&employerId={employer.EmployerId}");
        Assert.That(queue["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()), Is.EqualTo(new[] { id }));

        var approved = await District.Coordinator.PostJsonAsync($"/api/postings/{id}/approve");
        Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        Assert.That(approved["openedAt"], Is.Not.Null);

        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), [pathwayId])).Client!;
        var seen = await student.GetJsonAsync($"/api/postings/{id}");
        Assert.That(seen["title"]!.GetValue<string>(), Is.EqualTo(body["title"]));
    }

    [Test]
    public async Task Coordinator_returns_a_posting_with_a_reason_and_the_employer_fixes_and_resubmits()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var id = await District.CreateDraftPostingAsync(employer, [pathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{id}/submit");

        var noReason = await District.Coordinator.PostAsync($"/api/postings/{id}/return", new { reason = "" });
        await noReason.ShouldBeValidationProblemAsync("reason");

        var returned = await District.Coordinator.PostJsonAsync($"/api/postings/{id}/return", new { reason = "Please state the wage for the summer weeks." });
        Assert.That(returned["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
        Assert.That(returned["returnReason"]!.GetValue<string>(), Is.EqualTo("Please state the wage for the summer weeks."));

        var body = District.PostingBody([pathwayId]);
        body.Remove("employerId");
        body["hourlyWage"] = 19.25m;
        var edited = await employer.Client.ReplaceJsonAsync($"/api/postings/{id}", body);
        Assert.That(edited["hourlyWage"]!.GetValue<decimal>(), Is.EqualTo(19.25m));

        var resubmitted = await employer.Client.PostJsonAsync($"/api/postings/{id}/submit");
        Assert.That(resubmitted["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
        Assert.That(resubmitted["returnReason"], Is.Null);
    }

    [Test]
    public async Task Illegal_transitions_are_409_problems_that_say_why()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var draft = await District.CreateDraftPostingAsync(employer, [pathwayId]);

        var approveDraft = await District.Coordinator.PostAsync($"/api/postings/{draft}/approve");
        var problem = await approveDraft.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("The posting is draft; it cannot be approved."));

        await (await employer.Client.PostAsync($"/api/postings/{draft}/close")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var open = await District.CreateOpenPostingAsync(employer, [pathwayId]);
        var body = District.PostingBody([pathwayId]);
        body.Remove("employerId");
        var editOpen = await employer.Client.ReplaceAsync($"/api/postings/{open}", body);
        var editProblem = await editOpen.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(editProblem["detail"]!.GetValue<string>(), Does.Contain("only a draft"));
        await (await employer.Client.PostAsync($"/api/postings/{open}/submit")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Approval_needs_a_partner_agreement_in_force()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync(withAgreement: false);
        var id = await District.CreateDraftPostingAsync(employer, [pathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{id}/submit");

        var response = await District.Coordinator.PostAsync($"/api/postings/{id}/approve");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("partner agreement"));
        var unchanged = await District.Coordinator.GetJsonAsync($"/api/postings/{id}");
        Assert.That(unchanged["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
    }

    [Test]
    public async Task Closing_an_open_posting_closes_its_undecided_applications()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var applicationId = await District.ApplyAsync(student, scenario.PostingId);

        var closed = await scenario.Employer.Client.PostJsonAsync($"/api/postings/{scenario.PostingId}/close");

        Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
        var application = await student.Client!.GetJsonAsync($"/api/applications/{applicationId}");
        Assert.That(application["status"]!.GetValue<string>(), Is.EqualTo("Rejected"));
        Assert.That(application["decisionNote"]!.GetValue<string>(), Does.Contain("closed"));
    }

    [Test]
    public async Task Coordinator_drafts_on_behalf_of_a_named_employer()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employerId = await District.CreateEmployerAsync();

        var missing = District.PostingBody([pathwayId]);
        var noEmployer = await District.Coordinator.PostAsync("/api/postings", missing);
        await noEmployer.ShouldBeValidationProblemAsync("employerId");

        var created = await District.Coordinator.PostJsonAsync("/api/postings", District.PostingBody([pathwayId], employerId), HttpStatusCode.Created);
        Assert.That(created["employerId"]!.GetValue<int>(), Is.EqualTo(employerId));
    }

    [Test]
    public async Task Supervisor_must_work_for_the_postings_employer()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var ours = await District.CreateSupervisorAsync(employer.EmployerId);
        var theirs = await District.CreateSupervisorAsync(await District.CreateEmployerAsync());

        var body = District.PostingBody([pathwayId]);
        body.Remove("employerId");
        body["supervisorId"] = theirs.SupervisorId;
        await (await employer.Client.PostAsync("/api/postings", body)).ShouldBeValidationProblemAsync("supervisorId");

        body["supervisorId"] = ours.SupervisorId;
        var created = await employer.Client.PostJsonAsync("/api/postings", body, HttpStatusCode.Created);
        Assert.That(created["supervisorId"]!.GetValue<int>(), Is.EqualTo(ours.SupervisorId));
    }
}
