using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.Storage;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Notifications;

/// <summary>The Hangfire dashboard at /jobs is for coordinators and administrators; the recurring jobs are registered at start-up.</summary>
public sealed class JobsDashboardTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Coordinators_and_admins_see_the_dashboard_others_do_not()
    {
        Assert.That((await District.Coordinator.GetAsync("/jobs")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await District.Admin.GetAsync("/jobs/recurring")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await District.Anonymous.GetAsync("/jobs")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        Assert.That((await student.Client!.GetAsync("/jobs")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var employer = await District.CreateEmployerWithAdminAsync();
        Assert.That((await employer.Client.GetAsync("/jobs/recurring")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Coordinators_look_only_administrators_may_trigger_or_delete_jobs()
    {
        var coordinatorsView = await (await District.Coordinator.GetAsync("/jobs/recurring")).Content.ReadAsStringAsync();
        var adminsView = await (await District.Admin.GetAsync("/jobs/recurring")).Content.ReadAsStringAsync();

        Assert.That(adminsView, Does.Contain("data-url=\"/jobs/recurring/trigger\""), "the administrator's buttons");
        Assert.That(coordinatorsView, Does.Not.Contain("/jobs/recurring/trigger").And.Not.Contain("/jobs/recurring/remove"));

        // The command itself: the administrator's is done, the coordinator's refused.
        Assert.That((await TriggerAsync(District.Admin)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var refused = await TriggerAsync(District.Coordinator);
        Assert.That((int)refused.StatusCode, Is.EqualTo(401).Or.EqualTo(403), "a read-only dashboard refuses commands");
    }

    /// <summary>What the dashboard's "Trigger now" button sends, with the antiforgery token its page carries.</summary>
    private static async Task<HttpResponseMessage> TriggerAsync(ApiClient client)
    {
        var page = await (await client.GetAsync("/jobs/recurring")).Content.ReadAsStringAsync();
        var header = Regex.Match(page, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.That(token, Is.Not.Empty, "the dashboard page carries its antiforgery token");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/jobs/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", RecurringJobs.HoursDigest)]),
        };
        request.Headers.Add(header, token);
        return await client.Http.SendAsync(request);
    }

    [Test]
    public async Task The_dashboard_lists_the_recurring_jobs()
    {
        var page = await (await District.Coordinator.GetAsync("/jobs/recurring")).Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain(RecurringJobs.DispatchNotifications));
        Assert.That(page, Does.Contain(RecurringJobs.HoursDigest));
        Assert.That(page, Does.Contain(RecurringJobs.EvaluationReminders));
    }

    [Test]
    public void Every_recurring_job_is_registered_with_its_schedule()
    {
        using var connection = District.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var registered = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);

        foreach (var (id, cron) in RecurringJobs.DefaultSchedules)
        {
            Assert.That(registered, Does.ContainKey(id));
            Assert.That(registered[id], Is.EqualTo(cron));
        }
    }
}
