using Internships.Domain.Notifications;
using Internships.Infrastructure.Email;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Notifications;

/// <summary>
/// The SMTP server down for a while, then up, with the real back-off (1 s, 2 s, 4 s… here): every message arrives, once,
/// and each recipient gets theirs in the order they were queued, although the oldest failed most often and so waited
/// longest for its next attempt.
/// </summary>
[NonParallelizable]
public sealed class DeliveryOrderAfterOutageTests
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
            ["Smtp:TimeoutSeconds"] = "10",
            ["Notifications:RetryBaseDelaySeconds"] = "1",
            ["Notifications:MaxRetryDelaySeconds"] = "60",
            ["Notifications:DispatchOnCommit"] = "false",
            [$"Jobs:Schedules:{RecurringJobs.DispatchNotifications}"] = "never",
        });
        _district = await District.CreateAsync(_factory);
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

    [Test]
    public async Task After_an_outage_each_recipient_gets_every_message_once_in_the_order_it_was_queued()
    {
        var employer = await _district.CreateEmployerWithAdminAsync();
        var other = await _district.CreateEmployerWithAdminAsync();
        var pathwayId = await _district.CreatePathwayAsync();
        await _smtp.StopAsync();

        // The oldest message fails three times while the server is down: its next attempt is 4 s away.
        var oldest = await QueuePostingApprovedAsync(employer, pathwayId);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await WaitUntilDueAsync(oldest);
            await DispatchAsync();
        }

        Assert.That((await NotificationAsync(oldest)).Attempts, Is.EqualTo(3));

        // Newer ones to the same address (and one to someone else) are queued while it waits.
        List<string> queued = [oldest];
        for (var i = 0; i < 3; i++)
        {
            queued.Add(await QueuePostingApprovedAsync(employer, pathwayId));
        }

        var elsewhere = await QueuePostingApprovedAsync(other, pathwayId);
        await DispatchAsync();
        Assert.That((await NotificationAsync(queued[1])).Attempts, Is.Zero, "a newer message is not tried before the older one to the same address");
        Assert.That((await NotificationAsync(elsewhere)).Attempts, Is.EqualTo(1), "another address is not held back");

        await _smtp.StartAsync();
        var all = queued.Append(elsewhere).ToList();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && await _factory.WithDbAsync(db => db.Notifications
                   .AnyAsync(n => all.Contains(n.MessageId) && n.Status != NotificationStatus.Sent)))
        {
            await DispatchAsync();
            await Task.Delay(200);
        }

        foreach (var messageId in all)
        {
            Assert.That((await NotificationAsync(messageId)).Status, Is.EqualTo(NotificationStatus.Sent), messageId);
            Assert.That(_smtp.ReceivedWithMessageId(messageId), Has.Count.EqualTo(1), "delivered once");
        }

        var arrivalOrder = queued.OrderBy(id => _smtp.ReceivedWithMessageId(id).Single().Arrived).ToList();
        Assert.That(arrivalOrder, Is.EqualTo(queued), "the employer received its messages in the order they were queued");
    }

    private async Task DispatchAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    private async Task WaitUntilDueAsync(string messageId)
    {
        var due = (await NotificationAsync(messageId)).NextAttemptAt;
        var wait = due - DateTime.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>A posting of <paramref name="employer"/> approved: one message to the employer's contact address.</summary>
    private async Task<string> QueuePostingApprovedAsync(EmployerActor employer, int pathwayId)
    {
        var postingId = await _district.CreateOpenPostingAsync(employer, [pathwayId]);
        var notification = await _factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.PostingApproved && n.HtmlBody.Contains($"/postings/{postingId}\"")));
        return notification.MessageId;
    }

    private Task<Notification> NotificationAsync(string messageId) =>
        _factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.MessageId == messageId));
}
