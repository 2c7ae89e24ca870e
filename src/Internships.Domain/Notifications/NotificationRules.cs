namespace Internships.Domain.Notifications;

/// <summary>Which messages always go, and how long to wait before trying a failed delivery again.</summary>
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
}
