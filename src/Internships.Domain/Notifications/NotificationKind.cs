namespace Internships.Domain.Notifications;

/// <summary>What a notification is about. Whether a person may turn it off is <see cref="NotificationRules.IsEssential"/>.</summary>
public enum NotificationKind
{
    ApplicationReceived,
    ApplicationReceivedByEmployer,
    ApplicationStatusChanged,
    OfferMade,
    OfferAccepted,
    OfferDeclined,
    PostingApproved,
    PostingReturned,
    PlacementStarting,
    HoursAwaitingApproval,
    EvaluationDue,
    BadgeAwarded,
    AccountInvitation,
    PasswordReset,
}

/// <summary>Pending (waiting for its turn) → Sending (claimed by one dispatcher) → Sent, or back to Pending to retry, or Failed.</summary>
public enum NotificationStatus
{
    Pending,
    Sending,
    Sent,
    Failed,

    /// <summary>The recipient turned this kind of message off; it was recorded, never sent.</summary>
    Suppressed,
}
