using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// Queues e-mail in the outbox, in the caller's transaction: the message is stored with the change that caused it or
/// not at all. A non-essential message to someone who turned those off is recorded as suppressed; a message with a
/// deduplication key already queued is not queued again.
/// <para>
/// Each message is written in its recipient's language, decided here, when it is queued: the subject and bodies are
/// stored finished, so the dispatcher sends the same bytes on every retry (the job stays idempotent, and a preference
/// changed between a failure and its retry cannot produce a second, different copy). The language is the one the
/// recipient's account chose (found by e-mail address or by the record it acts for), else a student contact's
/// language for that address, else <paramref name="fallbackLanguage"/> of <see cref="QueueAsync"/>, else English.
/// </para>
/// </summary>
public sealed class NotificationOutbox(IAppDbContext db, NotificationComposer composer, IIdentityService identity, IClock clock)
{
    /// <param name="write">The message, in the words it is given (<see cref="EmailText"/> in the recipient's language).</param>
    /// <param name="account">The record the recipient's account acts for, when its e-mail address may differ from the record's.</param>
    /// <param name="fallbackLanguage">The language when the recipient chose none (e.g. the page a reset was asked for from).</param>
    public async Task QueueAsync(NotificationKind kind, string recipientEmail, Func<EmailText, NotificationMessage> write, CancellationToken cancellationToken,
        string? deduplicationKey = null, AccountLink? account = null, string? fallbackLanguage = null)
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
        var words = new EmailText(Languages.CultureOf(await LanguageOfAsync(recipientEmail, account, cancellationToken) ?? fallbackLanguage));
        var message = write(words);
        var content = composer.Compose(message, essential, words);
        db.Notifications.Add(new Notification(kind, new NotificationRecipient(recipientEmail, message.RecipientName), content,
            composer.Settings.MessageIdDomain, deduplicationKey, suppressed, clock.UtcNow));
    }

    private async Task<string?> LanguageOfAsync(string email, AccountLink? account, CancellationToken cancellationToken)
    {
        if (Languages.Match(await identity.FindPreferredLanguageAsync(email, account, cancellationToken)) is { } chosen)
        {
            return chosen;
        }

        var address = email.Trim();
        var contactLanguage = await db.Students.AsNoTracking().SelectMany(s => s.Contacts)
            .Where(c => c.Email == address).Select(c => c.PreferredLanguage).FirstOrDefaultAsync(cancellationToken);
        return Languages.Match(contactLanguage);
    }

    private async Task<bool> WantsNonEssentialAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = NotificationPreference.Normalize(email);
        var preference = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.Email == normalized, cancellationToken);
        return preference?.ReceiveNonEssential ?? true;
    }
}
