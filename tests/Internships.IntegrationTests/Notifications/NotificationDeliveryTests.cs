using System.Net;
using Hangfire;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Email;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

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
        await TestDatabase.DeleteAsync(_factory.DatabasePath);

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
        Assert.That(toStudent.Message.TextBody, Is.Not.Null.And.Not.Empty, "a plain-text alternative");
        Assert.That(toStudent.Message.HtmlBody, Is.Not.Null.And.Not.Empty, "an HTML body");
        Assert.That(toStudent.EnvelopeRecipients, Is.EqualTo(new[] { studentEmail }));
        Assert.That(toStudent.Message.To.Mailboxes.Single().Address, Is.EqualTo(studentEmail));
        Assert.That(toStudent.Message.From.Mailboxes.Single().Address, Is.EqualTo("internships@valley.example"));
        Assert.That(toStudent.Message.Subject, Does.StartWith("We received your application:"));
        Assert.That(toStudent.Message.TextBody, Does.Contain($"https://internships.valley.example/student/applications#application-{applicationId}"));
        Assert.That(toStudent.Message.HtmlBody, Does.Contain($"href=\"https://internships.valley.example/student/applications#application-{applicationId}\""));
        foreach (var body in new[] { toStudent.Message.TextBody, toStudent.Message.HtmlBody })
        {
            Assert.That(body, Does.Contain("Valley Unified School District"));
            Assert.That(body, Does.Contain("careers@valley.example"));
            Assert.That(body, Does.Contain("https://internships.valley.example/settings/notifications"));
        }

        var toEmployer = await SingleDeliveredAsync(NotificationKind.ApplicationReceivedByEmployer, employerEmail);
        Assert.That(toEmployer.EnvelopeRecipients, Is.EqualTo(new[] { employerEmail }));
        Assert.That(toEmployer.Message.Subject, Does.StartWith("New application:"));
        Assert.That(toEmployer.Message.TextBody, Does.Contain($"https://internships.valley.example/employer/postings/{scenario.PostingId}/applicants"));
        Assert.That(toEmployer.Message.HtmlBody, Does.Contain($"/employer/postings/{scenario.PostingId}/applicants"));
    }

    [Test]
    public async Task Each_student_gets_the_e_mail_in_the_language_their_account_chose()
    {
        var scenario = await Scenario.CreateAsync(_district);
        var spanish = await scenario.CreateEligibleStudentAsync(_district);
        var english = await scenario.CreateEligibleStudentAsync(_district);
        await spanish.Client!.PutJsonAsync("/api/me/language", new { language = "es-US" });
        await english.Client!.PutJsonAsync("/api/me/language", new { language = "en-US" });
        await District.ApplyAsync(spanish, scenario.PostingId);
        await District.ApplyAsync(english, scenario.PostingId);

        await DispatchAsync();

        // The record's e-mail address is not the account's: the account is found by the record it acts for.
        var toSpanish = await SingleDeliveredAsync(NotificationKind.ApplicationReceived, await StudentEmailAsync(spanish));
        Assert.That(toSpanish.Message.Subject, Does.StartWith("Recibimos tu solicitud:"));
        Assert.That(toSpanish.Message.TextBody, Does.StartWith("Hola, Test:"));
        Assert.That(toSpanish.Message.TextBody, Does.Contain("Puedes ordenar tus opciones o retirar la solicitud"));
        Assert.That(toSpanish.Message.TextBody, Does.Contain("Ver tu solicitud: https://internships.valley.example/student/applications#application-"));
        Assert.That(toSpanish.Message.TextBody, Does.Match(@"fecha límite, el \d{1,2} de [a-z]+ de \d{4}\."), "the deadline written the Spanish way");
        Assert.That(toSpanish.Message.HtmlBody, Does.Contain("<html lang=\"es-US\">"));
        Assert.That(toSpanish.Message.HtmlBody, Does.Contain("Desactivar estos correos"));
        Assert.That(toSpanish.Message.TextBody, Does.Not.Contain("Hello").And.Not.Contain("application to"));

        var toEnglish = await SingleDeliveredAsync(NotificationKind.ApplicationReceived, await StudentEmailAsync(english));
        Assert.That(toEnglish.Message.Subject, Does.StartWith("We received your application:"));
        Assert.That(toEnglish.Message.TextBody, Does.StartWith("Hello Test,"));
        Assert.That(toEnglish.Message.HtmlBody, Does.Contain("<html lang=\"en-US\">"));
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
        Assert.That(offer.Message.Subject, Does.StartWith("You have an offer:"));
        Assert.That(offer.Message.TextBody, Does.Contain("Accept or decline the offer: https://internships.valley.example/student/applications#application-" + applicationId));
        Assert.That(offer.Message.TextBody, Does.Not.Contain("/settings/notifications"), "essential messages cannot be turned off");
    }

    [Test]
    public async Task A_server_that_is_down_is_retried_and_the_message_arrives_exactly_once()
    {
        var messageId = await QueuePostingApprovedAsync();
        await _smtp.StopAsync();

        await DispatchAsync();
        var afterFailure = await NotificationAsync(messageId);
        Assert.That(afterFailure.Status, Is.EqualTo(NotificationStatus.Pending));
        Assert.That(afterFailure.Attempts, Is.EqualTo(1));
        Assert.That(afterFailure.LastError, Is.Not.Null.And.Not.Empty);

        await _smtp.StartAsync();
        await DispatchAsync();
        await DispatchAsync();

        var delivered = await NotificationAsync(messageId);
        Assert.That(delivered.Status, Is.EqualTo(NotificationStatus.Sent));
        Assert.That(delivered.Attempts, Is.EqualTo(2));
        Assert.That(delivered.SentAt, Is.Not.Null);
        Assert.That(_smtp.ReceivedWithMessageId(messageId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_server_that_refuses_is_retried_and_the_message_arrives_exactly_once()
    {
        var messageId = await QueuePostingApprovedAsync();
        await _smtp.StartAsync(refuseFirst: 1);

        await DispatchAsync();
        var refused = await NotificationAsync(messageId);
        Assert.That(refused.Status, Is.EqualTo(NotificationStatus.Pending));
        Assert.That(refused.LastError, Does.Contain("Try again later"));
        Assert.That(_smtp.ReceivedWithMessageId(messageId), Is.Empty);

        await DispatchAsync();
        await DispatchAsync();

        Assert.That((await NotificationAsync(messageId)).Status, Is.EqualTo(NotificationStatus.Sent));
        Assert.That(_smtp.ReceivedWithMessageId(messageId), Has.Count.EqualTo(1));
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
        Assert.That(failed.Status, Is.EqualTo(NotificationStatus.Failed));
        Assert.That(failed.Attempts, Is.EqualTo(NotificationRules.MaxAttempts));
        Assert.That(failed.LastError, Is.Not.Null.And.Not.Empty);
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
            Assert.That((await NotificationAsync(messageId)).Status, Is.EqualTo(NotificationStatus.Sent));
            Assert.That(_smtp.ReceivedWithMessageId(messageId), Has.Count.EqualTo(1));
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
        Assert.That((await NotificationAsync(messageId)).Status, Is.EqualTo(NotificationStatus.Sending), "another dispatcher holds it");
        Assert.That(_smtp.ReceivedWithMessageId(messageId), Is.Empty);

        var expired = DateTime.UtcNow.AddSeconds(-1);
        await _factory.WithDbAsync(db => db.Notifications.Where(n => n.MessageId == messageId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LeaseExpiresAt, expired)));
        await DispatchAsync();

        var delivered = await NotificationAsync(messageId);
        Assert.That(delivered.Status, Is.EqualTo(NotificationStatus.Sent));
        Assert.That(delivered.Attempts, Is.EqualTo(2));
        Assert.That(_smtp.ReceivedWithMessageId(messageId), Has.Count.EqualTo(1));
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

        Assert.That(_smtp.ReceivedWithMessageId(messageId), Has.Count.EqualTo(1));
        Assert.That((await NotificationAsync(messageId)).Status, Is.EqualTo(NotificationStatus.Sent));
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
        Assert.That(mail.Message.Subject, Does.StartWith("You earned a badge:"));
        Assert.That(mail.Message.TextBody, Does.Contain(verification));
        Assert.That(mail.Message.HtmlBody, Does.Contain($"href=\"{verification}\""));
    }

    private async Task<string> StudentEmailAsync(StudentActor student) =>
        (await _district.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>();

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
        Assert.That(notification.Status, Is.EqualTo(NotificationStatus.Sent));
        var received = _smtp.ReceivedWithMessageId(notification.MessageId);
        Assert.That(received, Has.Count.EqualTo(1));
        return received.Single();
    }
}
