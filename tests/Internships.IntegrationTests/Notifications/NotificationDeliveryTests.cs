using System.Net;
using Hangfire;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Email;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Shouldly;

namespace Internships.IntegrationTests.Notifications;

/// <summary>
/// The outbox delivered to a real SMTP server on 127.0.0.1, through the real host: what arrives (recipients, subject,
/// both bodies, links), retries when the server is down or refuses, and exactly one copy whatever happens.
/// This host runs no recurring dispatch and no dispatch on commit, so each test decides when the dispatcher runs.
/// </summary>
[NonParallelizable]
public sealed class NotificationDeliveryTests
{
    private InternshipsApiFactory _factory = null!;
    private District _district = null!;
    private TestSmtpServer _smtp = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var port = TestSmtpServer.FreePort();
        var databasePath = InternshipsApiFactory.NewDatabasePath();
        _smtp = new TestSmtpServer(port, Path.Combine(Path.GetDirectoryName(databasePath)!, Path.GetFileNameWithoutExtension(databasePath) + "-maildir"));
        _factory = new InternshipsApiFactory(databasePath, settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = port.ToString(),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "Valley Internships <internships@valley.example>",
            ["Smtp:TimeoutSeconds"] = "10",
            ["Notifications:BaseUrl"] = "https://internships.valley.example",
            ["Notifications:ContactEmail"] = "careers@valley.example",
            ["Notifications:ContactPhone"] = "559-555-0100",
            ["Notifications:RetryBaseDelaySeconds"] = "0",
            ["Notifications:DispatchOnCommit"] = "false",
            ["District:Name"] = "Valley Unified School District",
            [$"Jobs:Schedules:{RecurringJobs.DispatchNotifications}"] = "never",
        });
        _district = await District.CreateAsync(_factory);
        await _smtp.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _smtp.DisposeAsync();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _factory.DatabasePath, _factory.DatabasePath + "-wal", _factory.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(_smtp.Maildir))
        {
            Directory.Delete(_smtp.Maildir, recursive: true);
        }
    }

    [SetUp]
    public async Task ServerRunsNormally()
    {
        if (!_smtp.IsRunning)
        {
            await _smtp.StartAsync();
        }
    }

    [Test]
    public async Task Submitting_an_application_mails_the_student_and_the_employer_with_both_bodies_and_links()
    {
        var scenario = await Scenario.CreateAsync(_district);
        var student = await scenario.CreateEligibleStudentAsync(_district);
        var applicationId = await District.ApplyAsync(student, scenario.PostingId);
        var studentEmail = (await _district.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>();
        var employerEmail = (await _district.Coordinator.GetJsonAsync($"/api/employers/{scenario.Employer.EmployerId}"))["contactEmail"]!.GetValue<string>();

        await DispatchAsync();

        var toStudent = await SingleDeliveredAsync(NotificationKind.ApplicationReceived, studentEmail);
        toStudent.Message.TextBody.ShouldNotBeNullOrEmpty("a plain-text alternative");
        toStudent.Message.HtmlBody.ShouldNotBeNullOrEmpty("an HTML body");
        toStudent.EnvelopeRecipients.ShouldBe([studentEmail]);
        toStudent.Message.To.Mailboxes.Single().Address.ShouldBe(studentEmail);
        toStudent.Message.From.Mailboxes.Single().Address.ShouldBe("internships@valley.example");
        toStudent.Message.Subject.ShouldStartWith("We received your application:");
        toStudent.Message.TextBody!.ShouldContain($"https://internships.valley.example/student/applications#application-{applicationId}");
        toStudent.Message.HtmlBody!.ShouldContain($"href=\"https://internships.valley.example/student/applications#application-{applicationId}\"");
        foreach (var body in new[] { toStudent.Message.TextBody, toStudent.Message.HtmlBody })
        {
            body.ShouldContain("Valley Unified School District");
            body.ShouldContain("careers@valley.example");
            body.ShouldContain("https://internships.valley.example/settings/notifications");
        }

        var toEmployer = await SingleDeliveredAsync(NotificationKind.ApplicationReceivedByEmployer, employerEmail);
        toEmployer.EnvelopeRecipients.ShouldBe([employerEmail]);
        toEmployer.Message.Subject.ShouldStartWith("New application:");
        toEmployer.Message.TextBody!.ShouldContain($"https://internships.valley.example/employer/postings/{scenario.PostingId}/applicants");
        toEmployer.Message.HtmlBody!.ShouldContain($"/employer/postings/{scenario.PostingId}/applicants");
    }

    [Test]
    public async Task An_offer_is_essential_and_its_message_says_how_to_answer()
    {
        var scenario = await Scenario.CreateAsync(_district);
        var student = await scenario.CreateEligibleStudentAsync(_district);
        var applicationId = await District.ApplyAsync(student, scenario.PostingId);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
        var studentEmail = (await _district.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>();

        await DispatchAsync();

        var offer = await SingleDeliveredAsync(NotificationKind.OfferMade, studentEmail);
        offer.Message.Subject.ShouldStartWith("You have an offer:");
        offer.Message.TextBody!.ShouldContain("Accept or decline the offer: https://internships.valley.example/student/applications#application-" + applicationId);
        offer.Message.TextBody!.ShouldNotContain("/settings/notifications", customMessage: "essential messages cannot be turned off");
    }

    [Test]
    public async Task A_server_that_is_down_is_retried_and_the_message_arrives_exactly_once()
    {
        var messageId = await QueuePostingApprovedAsync();
        await _smtp.StopAsync();

        await DispatchAsync();
        var afterFailure = await NotificationAsync(messageId);
        afterFailure.Status.ShouldBe(NotificationStatus.Pending);
        afterFailure.Attempts.ShouldBe(1);
        afterFailure.LastError.ShouldNotBeNullOrEmpty();

        await _smtp.StartAsync();
        await DispatchAsync();
        await DispatchAsync();

        var delivered = await NotificationAsync(messageId);
        delivered.Status.ShouldBe(NotificationStatus.Sent);
        delivered.Attempts.ShouldBe(2);
        delivered.SentAt.ShouldNotBeNull();
        _smtp.ReceivedWithMessageId(messageId).Count.ShouldBe(1);
    }

    [Test]
    public async Task A_server_that_refuses_is_retried_and_the_message_arrives_exactly_once()
    {
        var messageId = await QueuePostingApprovedAsync();
        await _smtp.StartAsync(refuseFirst: 1);

        await DispatchAsync();
        var refused = await NotificationAsync(messageId);
        refused.Status.ShouldBe(NotificationStatus.Pending);
        refused.LastError!.ShouldContain("Try again later");
        _smtp.ReceivedWithMessageId(messageId).ShouldBeEmpty();

        await DispatchAsync();
        await DispatchAsync();

        (await NotificationAsync(messageId)).Status.ShouldBe(NotificationStatus.Sent);
        _smtp.ReceivedWithMessageId(messageId).Count.ShouldBe(1);
    }

    [Test]
    public async Task A_message_that_keeps_failing_is_marked_failed_after_the_last_attempt()
    {
        var messageId = await QueuePostingApprovedAsync();
        await _smtp.StopAsync();

        for (var i = 0; i < NotificationRules.MaxAttempts + 2; i++)
        {
            await DispatchAsync();
        }

        var failed = await NotificationAsync(messageId);
        failed.Status.ShouldBe(NotificationStatus.Failed);
        failed.Attempts.ShouldBe(NotificationRules.MaxAttempts);
        failed.LastError.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task Two_dispatchers_at_once_deliver_every_message_exactly_once()
    {
        var messageIds = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            messageIds.Add(await QueuePostingApprovedAsync());
        }

        await Task.WhenAll(DispatchAsync(), DispatchAsync(), DispatchAsync());

        foreach (var messageId in messageIds)
        {
            (await NotificationAsync(messageId)).Status.ShouldBe(NotificationStatus.Sent);
            _smtp.ReceivedWithMessageId(messageId).Count.ShouldBe(1);
        }
    }

    [Test]
    public async Task A_claim_left_by_a_dispatcher_that_died_is_taken_over_only_after_its_lease_ran_out()
    {
        var messageId = await QueuePostingApprovedAsync();
        var leaseEnds = DateTime.UtcNow.AddMinutes(5);
        await _factory.WithDbAsync(db => db.Notifications.Where(n => n.MessageId == messageId).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Sending)
            .SetProperty(n => n.LeaseId, Guid.NewGuid())
            .SetProperty(n => n.LeaseExpiresAt, leaseEnds)
            .SetProperty(n => n.Attempts, 1)));

        await DispatchAsync();
        (await NotificationAsync(messageId)).Status.ShouldBe(NotificationStatus.Sending, "another dispatcher holds it");
        _smtp.ReceivedWithMessageId(messageId).ShouldBeEmpty();

        var expired = DateTime.UtcNow.AddSeconds(-1);
        await _factory.WithDbAsync(db => db.Notifications.Where(n => n.MessageId == messageId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LeaseExpiresAt, expired)));
        await DispatchAsync();

        var delivered = await NotificationAsync(messageId);
        delivered.Status.ShouldBe(NotificationStatus.Sent);
        delivered.Attempts.ShouldBe(2);
        _smtp.ReceivedWithMessageId(messageId).Count.ShouldBe(1);
    }

    [Test]
    public async Task The_hangfire_server_runs_the_dispatcher_job()
    {
        var messageId = await QueuePostingApprovedAsync();

        _factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<DispatchNotificationsJob>(j => j.RunAsync(CancellationToken.None));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_smtp.ReceivedWithMessageId(messageId).Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        _smtp.ReceivedWithMessageId(messageId).Count.ShouldBe(1);
        (await NotificationAsync(messageId)).Status.ShouldBe(NotificationStatus.Sent);
    }

    [Test]
    public async Task A_badge_award_mails_the_verification_link()
    {
        var scenario = await Scenario.CreateAsync(_district);
        var student = await scenario.CreateEligibleStudentAsync(_district);
        var badge = await BadgeBuilder.CreateAsync(_district, BadgeBuilder.Body());
        var award = await _district.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Finished the workshop.", evidenceUrl = (string?)null }, HttpStatusCode.Created);
        var studentEmail = (await _district.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>();

        await DispatchAsync();

        var mail = await SingleDeliveredAsync(NotificationKind.BadgeAwarded, studentEmail);
        var verification = award["links"]!["verificationPage"]!.GetValue<string>();
        mail.Message.Subject.ShouldStartWith("You earned a badge:");
        mail.Message.TextBody!.ShouldContain(verification);
        mail.Message.HtmlBody!.ShouldContain($"href=\"{verification}\"");
    }

    private async Task DispatchAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>An employer's posting approved by the coordinator: one message to the employer, queued with the approval.</summary>
    private async Task<string> QueuePostingApprovedAsync()
    {
        var employer = await _district.CreateEmployerWithAdminAsync();
        var pathwayId = await _district.CreatePathwayAsync();
        var postingId = await _district.CreateOpenPostingAsync(employer, [pathwayId]);
        var notification = await _factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.PostingApproved && n.HtmlBody.Contains($"/postings/{postingId}\"")));
        return notification.MessageId;
    }

    private Task<Notification> NotificationAsync(string messageId) =>
        _factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.MessageId == messageId));

    private async Task<ReceivedMail> SingleDeliveredAsync(NotificationKind kind, string recipient)
    {
        var notification = await _factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Kind == kind && n.RecipientEmail == recipient));
        notification.Status.ShouldBe(NotificationStatus.Sent);
        return _smtp.ReceivedWithMessageId(notification.MessageId).ShouldHaveSingleItem();
    }
}
