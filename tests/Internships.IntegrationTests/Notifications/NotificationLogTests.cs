using System.Net;
using Internships.Application.Features.Notifications;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Notifications;

/// <summary>What is queued by which change, the coordinators' log and resend, and a person's e-mail preferences.</summary>
public sealed class NotificationLogTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Changes_queue_their_messages_in_the_same_transaction()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var applicationId = await District.ApplyAsync(student, scenario.PostingId);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{applicationId}/review");
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
        await student.Client!.PostJsonAsync($"/api/applications/{applicationId}/decline");
        var studentEmail = await StudentEmailAsync(student.StudentId);
        var employerEmail = await EmployerEmailAsync(scenario.Employer.EmployerId);

        var toStudent = await KindsToAsync(studentEmail);
        Assert.That(toStudent, Is.EquivalentTo(new[] { NotificationKind.ApplicationReceived, NotificationKind.ApplicationStatusChanged, NotificationKind.OfferMade }));
        var toEmployer = await KindsToAsync(employerEmail);
        Assert.That(toEmployer, Does.Contain(NotificationKind.PostingApproved));
        Assert.That(toEmployer, Does.Contain(NotificationKind.ApplicationReceivedByEmployer));
        Assert.That(toEmployer, Does.Contain(NotificationKind.OfferDeclined));
    }

    [Test]
    public async Task A_refused_change_queues_nothing()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId);
        var before = await CountToAsync(await StudentEmailAsync(student.StudentId));

        var again = await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "Once more." });

        await again.ShouldHaveStatusAsync(HttpStatusCode.Conflict);
        Assert.That(await CountToAsync(await StudentEmailAsync(student.StudentId)), Is.EqualTo(before));
    }

    [Test]
    public async Task A_returned_posting_tells_the_employer_why()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var pathwayId = await District.CreatePathwayAsync();
        var postingId = await District.CreateDraftPostingAsync(employer, [pathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{postingId}/submit");
        await District.Coordinator.PostJsonAsync($"/api/postings/{postingId}/return", new { reason = "Say which Saturdays are required." });

        var returned = await District.Factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.PostingReturned && n.HtmlBody.Contains($"/postings/{postingId}\"")));
        Assert.That(returned.IsEssential, Is.True);
        Assert.That(returned.TextBody, Does.Contain("Say which Saturdays are required."));
    }

    [Test]
    public async Task A_placement_that_becomes_active_tells_the_intern_and_the_supervisor_it_starts()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var studentEmail = await StudentEmailAsync(scenario.Student.StudentId);

        var starting = await District.Factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.PlacementStarting && n.HtmlBody.Contains($"/placements/{scenario.PlacementId}\""))
            .ToListAsync());
        var recipients = starting.Select(n => n.RecipientEmail).ToList();
        Assert.That(recipients, Has.Count.EqualTo(2));
        Assert.That(recipients, Does.Contain(studentEmail));
        Assert.That(recipients, Has.Some.StartsWith("supervisor"));
    }

    [Test]
    public async Task The_hours_digest_goes_once_a_day_to_a_supervisor_with_hours_waiting()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours",
            new { workDate = Support.District.Today, hours = 3.5m, tasks = "Surveyed the north parcel." }, HttpStatusCode.Created);

        await SendAsync(new QueueHoursDigestsCommand());
        await SendAsync(new QueueHoursDigestsCommand());

        var digests = await District.Factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.HoursAwaitingApproval && n.DeduplicationKey!.StartsWith($"hours-digest:{scenario.Supervisor.SupervisorId}:"))
            .ToListAsync());
        Assert.That(digests, Has.Count.EqualTo(1));
        var digest = digests.Single();
        Assert.That(digest.TextBody, Does.Contain("1 entries, 3.5 hours"));
        Assert.That(digest.TextBody, Does.Contain($"/placements/{scenario.PlacementId}#timesheet"));
    }

    [Test]
    public async Task Evaluation_reminders_go_to_the_supervisor_once_a_week_until_the_evaluation_is_in()
    {
        // The scenario's placement runs 90 days from today: the midpoint is 45 days away, too early to remind.
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await SendAsync(new QueueEvaluationRemindersCommand());
        Assert.That(await RemindersAsync(scenario.PlacementId), Is.Empty);

        // A placement whose final evaluation is due within the week.
        var soon = await PlacementScenario.CreateAsync(District, activate: true);
        await District.Factory.WithDbAsync(db => db.Placements.Where(p => p.Id == soon.PlacementId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.EndDate, Support.District.Today.AddDays(3))));
        await SendAsync(new QueueEvaluationRemindersCommand());
        await SendAsync(new QueueEvaluationRemindersCommand());

        var reminders = await RemindersAsync(soon.PlacementId);
        // Started today, ends in three days: the midpoint is tomorrow, the end in three days; one reminder each, however often the job runs.
        Assert.That(reminders.Select(r => r.Subject.Split(':')[0]), Is.EquivalentTo(new[] { "Midpoint evaluation due", "Final evaluation due" }));
        Assert.That(reminders.All(r => r.IsEssential && r.HtmlBody.Contains($"/placements/{soon.PlacementId}#evaluations")), Is.True,
            "essential, and linking to the placement's evaluations");
    }

    [Test]
    public async Task The_log_lists_newest_first_and_filters_by_status()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId);
        var studentEmail = await StudentEmailAsync(student.StudentId);

        var log = await District.Coordinator.GetJsonAsync($"/api/notifications?recipient={Uri.EscapeDataString(studentEmail)}");
        Assert.That(log["items"]!.AsArray(), Has.Count.EqualTo(1));
        var item = log["items"]!.AsArray().Single()!;
        Assert.That(item["kind"]!.GetValue<string>(), Is.EqualTo("ApplicationReceived"));
        Assert.That(item["attempts"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(0));
        Assert.That(item["messageId"]!.GetValue<string>(), Is.Not.Null.And.Not.Empty);

        var failed = await District.Coordinator.GetJsonAsync("/api/notifications?status=Failed&pageSize=100");
        Assert.That(failed["items"]!.AsArray().Select(n => n!["status"]!.GetValue<string>()), Has.All.EqualTo("Failed"));

        var all = await District.Coordinator.GetJsonAsync("/api/notifications?pageSize=5");
        var ids = all["items"]!.AsArray().Select(n => n!["id"]!.GetValue<long>()).ToList();
        Assert.That(ids, Is.Ordered.Descending);
        Assert.That(all["pageSize"]!.GetValue<int>(), Is.EqualTo(5));
    }

    [Test]
    public async Task A_bad_status_filter_or_page_size_is_a_400()
    {
        await (await District.Coordinator.GetAsync("/api/notifications?status=Lost")).ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        await (await District.Coordinator.GetAsync("/api/notifications?pageSize=1000")).ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_coordinator_resends_a_failed_message_and_only_a_failed_one()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId);
        var studentEmail = await StudentEmailAsync(student.StudentId);
        var id = await District.Factory.WithDbAsync(db => db.Notifications.Where(n => n.RecipientEmail == studentEmail).Select(n => n.Id).SingleAsync());
        await District.Factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Failed)
            .SetProperty(n => n.LeaseId, (Guid?)null)
            .SetProperty(n => n.Attempts, NotificationRules.MaxAttempts)
            .SetProperty(n => n.LastError, "SocketException: Connection refused")));

        var resent = await District.Coordinator.PostJsonAsync($"/api/notifications/{id}/resend");

        Assert.That(resent["status"]!.GetValue<string>(), Is.EqualTo("Pending"));
        Assert.That(resent["attempts"]!.GetValue<int>(), Is.EqualTo(0));
        var again = await District.Coordinator.PostAsync($"/api/notifications/{id}/resend");
        var conflict = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(conflict["detail"]!.GetValue<string>(), Does.Contain("Only a failed notification"));
        await (await District.Coordinator.PostAsync("/api/notifications/999999999/resend")).ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_person_who_turned_off_non_essential_mail_still_gets_the_essential_messages()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var preferences = await student.Client!.GetJsonAsync("/api/me/notification-preferences");
        Assert.That(preferences["receiveNonEssential"]!.GetValue<bool>(), Is.True);
        Assert.That(preferences["essential"]!.AsArray().Select(k => k!.GetValue<string>()), Does.Contain("OfferMade"));

        var changed = await student.Client.PutJsonAsync("/api/me/notification-preferences", new { receiveNonEssential = false });
        Assert.That(changed["receiveNonEssential"]!.GetValue<bool>(), Is.False);
        Assert.That((await student.Client.GetJsonAsync("/api/me/notification-preferences"))["receiveNonEssential"]!.GetValue<bool>(), Is.False);

        // The account's address is the one messages go to.
        var account = await student.Client.GetJsonAsync("/api/me");
        var email = account["email"]!.GetValue<string>();
        await District.Coordinator.ReplaceJsonAsync($"/api/students/{student.StudentId}", await StudentBodyWithEmailAsync(student.StudentId, email));

        var applicationId = await District.ApplyAsync(student, scenario.PostingId);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");

        var sent = await District.Factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientEmail == email).ToListAsync());
        Assert.That(sent.Single(n => n.Kind == NotificationKind.ApplicationReceived).Status, Is.EqualTo(NotificationStatus.Suppressed));
        Assert.That(sent.Single(n => n.Kind == NotificationKind.OfferMade).Status, Is.Not.EqualTo(NotificationStatus.Suppressed));
    }

    [Test]
    public async Task Preferences_reject_unknown_fields()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var response = await student.Client!.PutAsync("/api/me/notification-preferences", new { receiveNonEssential = false, everything = true });
        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
    }

    /// <summary>Sends a job's command as its job does: through the job runner, as the system identity.</summary>
    private static async Task SendAsync<T>(ICommand<T> command) =>
        await District.Factory.Services.GetRequiredService<JobRunner>().SendAsync(command, CancellationToken.None);

    private static Task<List<Notification>> RemindersAsync(int placementId) =>
        District.Factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.EvaluationDue && n.DeduplicationKey!.StartsWith($"evaluation-due:{placementId}:"))
            .ToListAsync());

    private static async Task<string> StudentEmailAsync(int studentId) =>
        (await District.Coordinator.GetJsonAsync($"/api/students/{studentId}"))["email"]!.GetValue<string>();

    private static async Task<string> EmployerEmailAsync(int employerId) =>
        (await District.Coordinator.GetJsonAsync($"/api/employers/{employerId}"))["contactEmail"]!.GetValue<string>();

    private static async Task<object> StudentBodyWithEmailAsync(int studentId, string email)
    {
        var s = await District.Coordinator.GetJsonAsync($"/api/students/{studentId}");
        return new
        {
            firstName = s["firstName"]!.GetValue<string>(), lastName = s["lastName"]!.GetValue<string>(), email,
            grade = s["grade"]!.GetValue<int>(), dateOfBirth = s["dateOfBirth"]!.GetValue<string>(), schoolId = s["schoolId"]!.GetValue<int>(),
            isActive = true,
        };
    }

    private static Task<List<NotificationKind>> KindsToAsync(string email) =>
        District.Factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientEmail == email).Select(n => n.Kind).ToListAsync());

    private static Task<int> CountToAsync(string email) =>
        District.Factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.RecipientEmail == email));
}
