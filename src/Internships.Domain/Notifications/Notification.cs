namespace Internships.Domain.Notifications;

/// <summary>
/// One e-mail in the outbox: written, already rendered, in the same transaction as the change that caused it, and
/// delivered later by the dispatcher. Its Message-Id is fixed when it is written, so every attempt to deliver it
/// carries the same one.
/// </summary>
public sealed class Notification
{
    public const int MaxErrorLength = 1000;

    private Notification() { }

    public Notification(NotificationKind kind, NotificationRecipient recipient, NotificationContent content, string messageDomain,
        string? deduplicationKey, bool suppressed, DateTime now)
    {
        Kind = kind;
        IsEssential = NotificationRules.IsEssential(kind);
        RecipientEmail = recipient.Email.Trim();
        RecipientName = recipient.Name.Trim();
        Subject = content.Subject;
        TextBody = content.TextBody;
        HtmlBody = content.HtmlBody;
        MessageId = $"{Guid.NewGuid():N}@{messageDomain}";
        DeduplicationKey = deduplicationKey;
        Status = suppressed && !IsEssential ? NotificationStatus.Suppressed : NotificationStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }

    public NotificationKind Kind { get; private set; }

    public bool IsEssential { get; private set; }

    public string RecipientEmail { get; private set; } = "";

    public string RecipientName { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    /// <summary>The RFC 5322 Message-Id (without angle brackets), the same on every attempt.</summary>
    public string MessageId { get; private set; } = "";

    /// <summary>Set for messages that must be queued once only (a day's digest, a week's reminder); unique.</summary>
    public string? DeduplicationKey { get; private set; }

    public NotificationStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>When a Pending message may next be tried.</summary>
    public DateTime NextAttemptAt { get; private set; }

    /// <summary>Which dispatcher holds a Sending message, and until when; after that another may take it over.</summary>
    public Guid? LeaseId { get; private set; }

    public DateTime? LeaseExpiresAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>A coordinator sends a failed message again: it goes back to the queue with a fresh round of attempts.</summary>
    public void Resend(DateTime now)
    {
        if (Status != NotificationStatus.Failed)
        {
            var state = Status.ToString().ToLowerInvariant();
            throw new DomainRuleException(RuleKeys.Notifications.OnlyFailedResent, $"Only a failed notification can be resent; this one is {state}.",
                RuleMessage.Word("State", state));
        }

        Status = NotificationStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LeaseId = null;
        LeaseExpiresAt = null;
    }

    public static string TrimError(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}

public sealed record NotificationRecipient(string Email, string Name);

public sealed record NotificationContent(string Subject, string TextBody, string HtmlBody);
