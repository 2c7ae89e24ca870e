using Internships.Domain.Notifications;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.IntegrationTests.Notifications;

/// <summary>
/// More e-mail queued at once than one dispatcher run may take (a round's offers): the run that stops at its bound asks
/// for the next at once, so all of it goes out without waiting for the minutely run, which this host does not have.
/// Here a run takes at most 50 batches of 2, so 150 messages need two runs after the commit that queued them.
/// </summary>
[NonParallelizable]
public sealed class LargeOutboxTests
{
    private const int Messages = 150;
    private InternshipsApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), settings: new Dictionary<string, string?>
        {
            ["Notifications:BatchSize"] = "2",
            ["Notifications:DispatchOnCommit"] = "true",
            [$"Jobs:Schedules:{RecurringJobs.DispatchNotifications}"] = "never",
        });
        await District.CreateAsync(_factory);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await TestDatabase.DeleteAsync(_factory.DatabasePath);
    }

    [Test]
    public async Task An_outbox_larger_than_one_run_is_delivered_in_full_once_without_the_minutely_run()
    {
        var now = _factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var ids = await _factory.WithDbAsync(async db =>
        {
            var queued = Enumerable.Range(1, Messages).Select(i => new Notification(NotificationKind.OfferMade,
                new NotificationRecipient($"large-outbox-{i}@students.example", $"Student {i}"),
                new NotificationContent($"You have an offer {i}", "Hello,\r\n\r\nAn offer.\r\n", "<p>Hello,</p><p>An offer.</p>"),
                "valley.example", null, suppressed: false, now)).ToList();
            db.Notifications.AddRange(queued);
            await db.SaveChangesAsync();
            return queued.Select(n => n.Id).ToList();
        });

        var deadline = DateTime.UtcNow.AddSeconds(60);
        var sent = 0;
        while (DateTime.UtcNow < deadline && (sent = await CountSentAsync(ids)) < Messages)
        {
            await Task.Delay(200);
        }

        Assert.That(sent, Is.EqualTo(Messages), "every message sent, though one run takes at most 100");
        var delivered = await _factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id))
            .Select(n => new { n.MessageId, n.Attempts }).ToListAsync());
        Assert.That(delivered.Select(n => n.Attempts), Is.All.EqualTo(1), "each claimed once");
        var files = delivered.Count(n => File.Exists(Path.Combine(_factory.MailPickupDirectory, n.MessageId + ".eml")));
        Assert.That(files, Is.EqualTo(Messages), "each delivered to the pickup folder");
    }

    private Task<int> CountSentAsync(List<long> ids) =>
        _factory.WithDbAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.Id) && n.Status == NotificationStatus.Sent));
}
