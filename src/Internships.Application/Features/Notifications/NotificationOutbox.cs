using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// Queues e-mail in the outbox, in the caller's transaction: the message is stored with the change that caused it or
/// not at all. A non-essential message to someone who turned those off is recorded as suppressed; a message with a
/// deduplication key already queued is not queued again.
/// </summary>
public sealed class NotificationOutbox(IAppDbContext db, NotificationComposer composer, IClock clock)
{
    public async Task QueueAsync(NotificationKind kind, string recipientEmail, NotificationMessage message, CancellationToken cancellationToken,
        string? deduplicationKey = null)
    {
        if (string.IsNullOrWhiteSpace(recipientEmail))
        {
            return;
        }

        if (deduplicationKey is not null && (db.Notifications.Local.Any(n => n.DeduplicationKey == deduplicationKey)
            || await db.Notifications.AnyAsync(n => n.DeduplicationKey == deduplicationKey, cancellationToken)))
        {
            return;
        }

        var essential = NotificationRules.IsEssential(kind);
        var suppressed = !essential && !await WantsNonEssentialAsync(recipientEmail, cancellationToken);
        var content = composer.Compose(message, essential);
        db.Notifications.Add(new Notification(kind, new NotificationRecipient(recipientEmail, message.RecipientName), content,
            composer.Settings.MessageIdDomain, deduplicationKey, suppressed, clock.UtcNow));
    }

    private async Task<bool> WantsNonEssentialAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = NotificationPreference.Normalize(email);
        var preference = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.Email == normalized, cancellationToken);
        return preference?.ReceiveNonEssential ?? true;
    }
}
