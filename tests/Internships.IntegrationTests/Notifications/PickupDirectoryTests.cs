using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Internships.IntegrationTests.Notifications;

/// <summary>
/// The embedded default: no SMTP host, so the host's own job server writes each message as an .eml file, started as
/// soon as the change that queued it commits.
/// </summary>
public sealed class PickupDirectoryTests
{
    [Test]
    public async Task A_committed_change_is_written_as_an_eml_file_by_the_job_server_within_seconds()
    {
        var district = TestHost.District;
        var employer = await district.CreateEmployerWithAdminAsync();
        var postingId = await district.CreateOpenPostingAsync(employer, [await district.CreatePathwayAsync()]);
        var notification = await district.Factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .SingleAsync(n => n.Kind == NotificationKind.PostingApproved && n.HtmlBody.Contains($"/postings/{postingId}\"")));

        var file = Path.Combine(district.Factory.MailPickupDirectory, notification.MessageId + ".eml");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(file) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.That(File.Exists(file), Is.True, "the dispatch started on commit wrote the message");
        var message = await MimeMessage.LoadAsync(file);
        Assert.That(message.MessageId, Is.EqualTo(notification.MessageId));
        Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo(notification.RecipientEmail));
        Assert.That(message.Subject, Is.EqualTo(notification.Subject));
        Assert.That(message.TextBody, Is.Not.Null.And.Not.Empty);
        Assert.That(message.HtmlBody, Is.Not.Null.And.Not.Empty);

        // The file is written just before the row is marked sent.
        var status = NotificationStatus.Sending;
        while (DateTime.UtcNow < deadline.AddSeconds(10))
        {
            status = await district.Factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == notification.Id).Select(n => n.Status).SingleAsync());
            if (status == NotificationStatus.Sent)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.That(status, Is.EqualTo(NotificationStatus.Sent));
    }
}
