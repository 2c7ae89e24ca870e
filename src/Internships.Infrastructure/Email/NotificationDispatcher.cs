using Internships.Application.Common.Diagnostics;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Internships.Infrastructure.Email;

/// <summary>
/// Delivers the outbox. Each run claims the messages that are due, sends them over one connection, and records each
/// one Sent, or Pending again with a later attempt time (back-off), or Failed after <see cref="NotificationRules.MaxAttempts"/>.
/// <para>
/// Never twice, never lost: a message is claimed by one atomic UPDATE that marks it Sending with this run's lease id and
/// counts the attempt, committed before anything is sent, so two dispatchers (two app instances, or Hangfire running the
/// job twice) can never both hold it. The result is recorded only by the holder of the lease. A dispatcher that dies
/// holding a claim leaves the message Sending; when the lease runs out another dispatcher takes it over, so nothing is
/// dropped. The one window left is a crash after the server accepted the message and before it was marked Sent: then the
/// message is delivered again, with the same Message-Id (fixed when it was queued), which lets mail systems and
/// people recognise the copy. That window is one UPDATE long; a retry of a message that was merely refused never
/// duplicates anything.
/// </para>
/// <para>
/// In order, per recipient: messages are claimed and sent oldest first, a message is not due while an older one to the
/// same address still waits for a retry (<see cref="NotificationRules.Due"/>), and within a run the first failure for an
/// address gives that address's later messages back untried; so after an outage each person gets their messages in the
/// order they were queued.
/// </para>
/// </summary>
public sealed class NotificationDispatcher(
    AppDbContext db,
    IMailTransport transport,
    IOptions<SmtpOptions> smtp,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger) : INotificationDelivery
{
    /// <summary>
    /// Bounds one run, so a flood of new messages cannot keep a job running for ever; the job asks for the next run at
    /// once when this one stopped here (<see cref="DispatchResult.StoppedAtBound"/>).
    /// </summary>
    private const int MaxBatchesPerRun = 50;

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var total = DispatchResult.Empty;
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var result = await DispatchBatchAsync(cancellationToken);
            total = total.Add(result);
            if (result.Claimed < options.Value.BatchSize)
            {
                return total;
            }
        }

        return total with { StoppedAtBound = true };
    }

    private async Task<DispatchResult> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        if (claimed.Messages.Count == 0)
        {
            return DispatchResult.Empty;
        }

        var sent = 0;
        var failed = 0;
        IMailSession? session = null;
        Exception? connectionError = null;
        try
        {
            try
            {
                session = await transport.OpenAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                connectionError = e;
            }

            // In order of creation; once a message to an address fails, the later ones to it wait for it (not attempted).
            var held = new HashSet<string>(StringComparer.Ordinal);
            foreach (var notification in claimed.Messages)
            {
                if (held.Contains(notification.RecipientEmail))
                {
                    await ReleaseUnattemptedAsync(notification, claimed.Lease);
                    continue;
                }

                var error = connectionError;
                if (session is not null)
                {
                    try
                    {
                        await session.SendAsync(ToMimeMessage(notification), cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        error = e;
                    }
                }

                if (error is not null)
                {
                    await RecordFailureAsync(notification, claimed.Lease, error, cancellationToken);
                    held.Add(notification.RecipientEmail);
                    failed++;
                    continue;
                }

                await RecordSentAsync(notification, claimed.Lease, cancellationToken);
                sent++;
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        ProductTelemetry.EmailSent.Add(sent);
        ProductTelemetry.EmailFailures.Add(failed);
        return new DispatchResult(claimed.Messages.Count, sent, failed);
    }

    private async Task<(Guid Lease, List<Notification> Messages)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lease = Guid.NewGuid();
        var leaseEnds = now.AddSeconds(options.Value.LeaseSeconds);
        var due = await Due(now).OrderBy(n => n.Id).Select(n => n.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return (lease, []);
        }

        // One statement: a message another dispatcher claimed in the meantime no longer matches and is left to it.
        await Due(now).Where(n => due.Contains(n.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Sending)
            .SetProperty(n => n.LeaseId, lease)
            .SetProperty(n => n.LeaseExpiresAt, leaseEnds)
            .SetProperty(n => n.Attempts, n => n.Attempts + 1), cancellationToken);

        var messages = await db.Notifications.AsNoTracking().Where(n => n.LeaseId == lease).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        return (lease, messages);
    }

    private IQueryable<Notification> Due(DateTime now) => NotificationRules.Due(db.Notifications, now);

    private async Task RecordSentAsync(Notification notification, Guid lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await db.Notifications.Where(n => n.Id == notification.Id && n.LeaseId == lease).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Sent)
            .SetProperty(n => n.SentAt, now)
            .SetProperty(n => n.LastError, (string?)null)
            .SetProperty(n => n.LeaseId, (Guid?)null)
            .SetProperty(n => n.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
        if (updated == 0)
        {
            logger.LogWarning("Notification {NotificationId} was sent after its lease ran out; another dispatcher may send it again", notification.Id);
        }
    }

    private async Task RecordFailureAsync(Notification notification, Guid lease, Exception error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var giveUp = notification.Attempts >= NotificationRules.MaxAttempts;
        var delay = NotificationRules.RetryDelay(notification.Attempts, TimeSpan.FromSeconds(options.Value.RetryBaseDelaySeconds),
            TimeSpan.FromSeconds(options.Value.MaxRetryDelaySeconds));
        var message = Notification.TrimError($"{error.GetType().Name}: {error.Message}");

        // The recipient's address may be in the server's answer: it goes to the log table coordinators read, not the application log.
        logger.LogWarning("Delivery of notification {NotificationId} ({Kind}) failed on attempt {Attempt}: {ErrorType}",
            notification.Id, notification.Kind, notification.Attempts, error.GetType().Name);
        await db.Notifications.Where(n => n.Id == notification.Id && n.LeaseId == lease).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, giveUp ? NotificationStatus.Failed : NotificationStatus.Pending)
            .SetProperty(n => n.NextAttemptAt, now + delay)
            .SetProperty(n => n.LastError, message)
            .SetProperty(n => n.LeaseId, (Guid?)null)
            .SetProperty(n => n.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
    }

    /// <summary>
    /// Gives a claimed message back untried, because an older one to the same address just failed: Pending again with its
    /// attempt uncounted, it is held back by that older one (<see cref="NotificationRules.Due"/>) until it goes.
    /// </summary>
    private async Task ReleaseUnattemptedAsync(Notification notification, Guid lease) =>
        await db.Notifications.Where(n => n.Id == notification.Id && n.LeaseId == lease).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, NotificationStatus.Pending)
            .SetProperty(n => n.Attempts, n => n.Attempts - 1)
            .SetProperty(n => n.LeaseId, (Guid?)null)
            .SetProperty(n => n.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);

    internal MimeMessage ToMimeMessage(Notification notification)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        message.To.Add(new MailboxAddress(notification.RecipientName, notification.RecipientEmail));
        message.Subject = notification.Subject;
        message.MessageId = notification.MessageId;
        message.Date = new DateTimeOffset(notification.CreatedAt, TimeSpan.Zero);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Internships-Notification", $"{notification.Id};{notification.Kind}");
        message.Body = new BodyBuilder { TextBody = notification.TextBody, HtmlBody = notification.HtmlBody }.ToMessageBody();
        return message;
    }
}
