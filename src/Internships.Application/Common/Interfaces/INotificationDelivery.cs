namespace Internships.Application.Common.Interfaces;

/// <summary>Delivers the e-mail outbox over the mail transport (SMTP, in Infrastructure).</summary>
public interface INotificationDelivery
{
    /// <summary>Claims the messages that are due, sends them, and records each one's result (docs/adr/0005).</summary>
    Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken);
}

public sealed record DispatchResult(int Claimed, int Sent, int Failed)
{
    public static readonly DispatchResult Empty = new(0, 0, 0);

    /// <summary>The run stopped at its bound with its last batch full: more messages may be due now.</summary>
    public bool StoppedAtBound { get; init; }

    public DispatchResult Add(DispatchResult other) => new(Claimed + other.Claimed, Sent + other.Sent, Failed + other.Failed);
}
