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
public sealed class NotificationOutbox(IAppDbContext db, NotificationComposer composer, IIdentityService identity, IBulkWriter bulk, IClock clock)
{
    /// <summary>How many messages <see cref="QueueManyAsync"/> renders before writing them: bounds the memory their bodies take.</summary>
    private const int WriteBatchSize = 2_000;

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

    /// <summary>
    /// Queues many messages of one kind, each as <see cref="QueueAsync"/> would (the same language for each recipient, the
    /// same suppression, the same rendering), with a few queries for all of them instead of a few for each, and the rows
    /// written in bulk (<see cref="IBulkWriter"/>) in the caller's transaction: a matching round's 100,000 offers. Without
    /// deduplication keys or a fallback language (none of its callers needs them). The rows are not tracked by the context.
    /// </summary>
    public async Task QueueManyAsync(NotificationKind kind, IReadOnlyList<QueuedMessage> messages, CancellationToken cancellationToken)
    {
        var wanted = messages.Where(m => !string.IsNullOrWhiteSpace(m.RecipientEmail)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var essential = NotificationRules.IsEssential(kind);
        var suppressed = essential ? [] : await NotWantingNonEssentialAsync(wanted.Select(m => m.RecipientEmail), cancellationToken);
        var languages = await LanguagesOfAsync(wanted, cancellationToken);
        var words = new Dictionary<string, EmailText>();
        var now = clock.UtcNow;
        foreach (var batch in Enumerable.Range(0, wanted.Count).Chunk(WriteBatchSize))
        {
            var rows = new List<Notification>(batch.Length);
            foreach (var i in batch)
            {
                var culture = Languages.CultureOf(languages[i]);
                if (!words.TryGetValue(culture.Name, out var t))
                {
                    words[culture.Name] = t = new EmailText(culture);
                }

                var message = wanted[i].Write(t);
                rows.Add(new Notification(kind, new NotificationRecipient(wanted[i].RecipientEmail, message.RecipientName), composer.Compose(message, essential, t),
                    composer.Settings.MessageIdDomain, null, suppressed.Contains(NotificationPreference.Normalize(wanted[i].RecipientEmail)), now));
            }

            await bulk.InsertAsync(rows, cancellationToken);
        }
    }

    /// <summary><see cref="LanguageOfAsync"/> for each message's recipient, in two queries.</summary>
    private async Task<IReadOnlyList<string?>> LanguagesOfAsync(IReadOnlyList<QueuedMessage> messages, CancellationToken cancellationToken)
    {
        var chosen = (await identity.FindPreferredLanguagesAsync(messages.Select(m => (m.RecipientEmail, m.Account)).ToList(), cancellationToken))
            .Select(Languages.Match).ToList();
        var addresses = messages.Where((_, i) => chosen[i] is null).Select(m => m.RecipientEmail.Trim()).Distinct().ToList();
        if (addresses.Count == 0)
        {
            return chosen;
        }

        // As LanguageOfAsync: the first contact found with the address decides, even when it names no language.
        var contacts = await db.Students.AsNoTracking().SelectMany(s => s.Contacts).Where(c => c.Email != null && addresses.Contains(c.Email))
            .Select(c => new { c.Email, c.PreferredLanguage }).ToListAsync(cancellationToken);
        var contactLanguage = contacts.GroupBy(c => c.Email!).ToDictionary(g => g.Key, g => Languages.Match(g.First().PreferredLanguage));
        return chosen.Select((language, i) => language ?? contactLanguage.GetValueOrDefault(messages[i].RecipientEmail.Trim())).ToList();
    }

    private async Task<HashSet<string>> NotWantingNonEssentialAsync(IEnumerable<string> emails, CancellationToken cancellationToken)
    {
        var normalized = emails.Select(NotificationPreference.Normalize).Distinct().ToList();
        return (await db.NotificationPreferences.AsNoTracking().Where(p => !p.ReceiveNonEssential && normalized.Contains(p.Email))
            .Select(p => p.Email).ToListAsync(cancellationToken)).ToHashSet();
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

/// <summary>One message for <see cref="NotificationOutbox.QueueManyAsync"/>: its recipient and how to write it in their language.</summary>
/// <param name="Account">The record the recipient's account acts for, when its e-mail address may differ from the record's.</param>
public sealed record QueuedMessage(string RecipientEmail, AccountLink? Account, Func<EmailText, NotificationMessage> Write);
