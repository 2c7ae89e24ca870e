namespace Internships.Domain.Notifications;

/// <summary>Which messages always go, which are due for delivery, and how long to wait before trying a failed delivery again.</summary>
public static class NotificationRules
{
    /// <summary>Deliveries given up after this many attempts (a coordinator can still resend).</summary>
    public const int MaxAttempts = 8;

    /// <summary>Offers and deadlines always go: a person cannot act on what they never heard of. So do the links to get into an account.</summary>
    public static bool IsEssential(NotificationKind kind) => kind is
        NotificationKind.OfferMade or NotificationKind.OfferAccepted or NotificationKind.OfferDeclined
        or NotificationKind.EvaluationDue or NotificationKind.PlacementStarting or NotificationKind.PostingReturned
        or NotificationKind.AccountInvitation or NotificationKind.PasswordReset;

    /// <summary>
    /// How long to wait after failed attempt number <paramref name="attempt"/> (from 1): the base delay doubling each
    /// time (30 s, 1 min, 2 min, 4 min… by default), never more than <paramref name="maxDelay"/>.
    /// </summary>
    public static TimeSpan RetryDelay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        if (baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(attempt - 1, 30);
        var ticks = baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// The messages a dispatcher may claim at <paramref name="now"/>: Pending ones whose next attempt has come, and claims whose
    /// lease ran out, but never one while an older message (queued before it) to the same address is still waiting for its
    /// next attempt or held by a dispatcher: a recipient hears things in the order they happened, even after an outage in
    /// which the older message failed more often and so waits longer. Messages that are Sent, Suppressed or Failed (given up
    /// after <see cref="MaxAttempts"/>) hold nothing back, so an address that keeps failing delays its own later messages
    /// only until it is given up on, and never anyone else's. Written over <see cref="IQueryable{T}"/> so that the database
    /// runs it as one query and the unit tests run the very same rule over a list.
    /// </summary>
    public static IQueryable<Notification> Due(IQueryable<Notification> outbox, DateTime now) => outbox.Where(n =>
        ((n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now) || (n.Status == NotificationStatus.Sending && n.LeaseExpiresAt < now))
        && !outbox.Any(older => older.RecipientEmail == n.RecipientEmail && older.Id < n.Id
            && ((older.Status == NotificationStatus.Pending && older.NextAttemptAt > now)
                || (older.Status == NotificationStatus.Sending && older.LeaseExpiresAt >= now))));
}
