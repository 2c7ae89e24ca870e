using Hangfire;
using Internships.Application.Features.Notifications;
using Microsoft.Extensions.Logging;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// Delivers the notification outbox. Hangfire does not retry it: a failed message is retried by the outbox's own
/// back-off, and the next run comes a minute later anyway. A run that stopped at its bound with messages still due
/// (a round's offers, thousands at once) queues the next run now rather than leave them a minute.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class DispatchNotificationsJob(JobRunner jobs, DispatchSignal signal, IBackgroundJobClient backgroundJobs, ILogger<DispatchNotificationsJob> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        signal.Started();
        var result = await jobs.SendAsync(new DeliverNotificationsRequest(), cancellationToken);
        if (result.Claimed > 0)
        {
            logger.LogInformation("Notification dispatch: {Sent} sent, {Failed} failed of {Claimed}", result.Sent, result.Failed, result.Claimed);
        }

        if (result.StoppedAtBound)
        {
            signal.Request(() => backgroundJobs.Enqueue<DispatchNotificationsJob>(job => job.RunAsync(CancellationToken.None)));
        }
    }
}

/// <summary>The daily digest of hours waiting for each supervisor's approval.</summary>
public sealed class QueueHoursDigestsJob(JobRunner jobs)
{
    public async Task RunAsync(CancellationToken cancellationToken) => await jobs.SendAsync(new QueueHoursDigestsCommand(), cancellationToken);
}

/// <summary>Reminders of midpoint and final evaluations coming due.</summary>
public sealed class QueueEvaluationRemindersJob(JobRunner jobs)
{
    public async Task RunAsync(CancellationToken cancellationToken) => await jobs.SendAsync(new QueueEvaluationRemindersCommand(), cancellationToken);
}
