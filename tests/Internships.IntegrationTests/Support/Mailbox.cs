using System.Text.RegularExpressions;
using System.Web;
using Internships.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// Reads the e-mail the host's job server delivered to its pickup folder, as the recipient would, and the one-time
/// secret in the link it carries.
/// </summary>
public static partial class Mailbox
{
    /// <summary>The newest message of this kind to this address, once delivered.</summary>
    public static async Task<MimeMessage> LatestAsync(InternshipsApiFactory factory, NotificationKind kind, string recipient)
    {
        var notification = await factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == kind && n.RecipientEmail == recipient).OrderByDescending(n => n.Id).FirstOrDefaultAsync());
        Assert.That(notification, Is.Not.Null, $"a {kind} message to {recipient} was queued");
        var file = Path.Combine(factory.MailPickupDirectory, notification!.MessageId + ".eml");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(file) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.That(File.Exists(file), Is.True, $"the {kind} message to {recipient} was delivered");
        return await MimeMessage.LoadAsync(file);
    }

    /// <summary>The <c>token</c> of the link to <paramref name="path"/> in the newest message of this kind to this address.</summary>
    public static async Task<string> TokenAsync(InternshipsApiFactory factory, NotificationKind kind, string recipient, string path)
    {
        var message = await LatestAsync(factory, kind, recipient);
        var link = Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path);
        Assert.That(link, Is.Not.Null, $"the message links to {path}: {message.TextBody}");
        return HttpUtility.ParseQueryString(link!.Query)["token"]!;
    }

    public static async Task<int> CountAsync(InternshipsApiFactory factory, NotificationKind kind, string recipient) =>
        await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == kind && n.RecipientEmail == recipient));

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
