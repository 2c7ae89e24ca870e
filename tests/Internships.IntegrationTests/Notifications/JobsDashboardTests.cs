using System.Net;
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
