using Hangfire;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// Starts a dispatch as soon as a transaction that queued e-mail commits, so an offer arrives in seconds rather than
/// at the next minutely run (which stays as the safety net). Never before the commit: the dispatcher must find the rows.
/// Triggers coalesce through <see cref="DispatchSignal"/>. One per DbContext (scoped).
/// </summary>
internal sealed class NotificationDispatchTrigger(IBackgroundJobClient jobs, IOptions<NotificationOptions> options, DispatchSignal signal)
    : Persistence.AfterCommitInterceptor
{
    private bool _queued;

    protected override void Collect(DbContext context)
    {
        if (options.Value.DispatchOnCommit && !_queued)
        {
            _queued = context.ChangeTracker.Entries<Notification>()
                .Any(e => e.State == EntityState.Added && e.Entity.Status == NotificationStatus.Pending);
        }
    }

    /// <summary>Messages written without the change tracker (<see cref="Persistence.BulkWriter"/>), in the current transaction.</summary>
    public void Queued(IEnumerable<Notification> notifications)
    {
        if (options.Value.DispatchOnCommit && !_queued)
        {
            _queued = notifications.Any(n => n.Status == NotificationStatus.Pending);
        }
    }

    protected override void RolledBack() => _queued = false;

    protected override void Committed()
    {
        if (!_queued)
        {
            return;
        }

        _queued = false;
        signal.Request(() => jobs.Enqueue<DispatchNotificationsJob>(job => job.RunAsync(CancellationToken.None)));
    }
}

/// <summary>
/// Coalesces dispatch requests in this process. Where the job server runs here: while a requested dispatch has not
/// started yet, further commits need no job of their own, because that run has not looked for due messages yet and will
/// find theirs. The run clears the request as it starts, before it claims anything, so a commit after that point asks
/// for a new run. A request not started within a few seconds (the job ran on another instance, or the queue is slow) no
/// longer holds others back.
/// <para>
/// On a node without a job server (Host:Role Web) no run ever starts here to say so. There, at most one job is enqueued
/// per <see cref="RemoteWindow"/>, and commits inside that window get one more job at its end: every commit is followed
/// by a job enqueued after it, so whichever worker runs it finds the commit's messages.
/// </para>
/// </summary>
public sealed class DispatchSignal(TimeProvider time, bool jobsRunHere = true)
{
    public static readonly TimeSpan RemoteWindow = TimeSpan.FromSeconds(1);

    private static readonly long Stale = TimeSpan.FromSeconds(5).Ticks;
    private readonly Lock _gate = new();
    private long _requestedAtTicks;
    private DateTimeOffset _lastEnqueued = DateTimeOffset.MinValue;
    private bool _trailing;

    /// <summary>Asks for a dispatch: calls <paramref name="enqueue"/> now, later, or not at all when a pending run will do.</summary>
    public void Request(Action enqueue)
    {
        if (jobsRunHere)
        {
            if (TryRequest())
            {
                enqueue();
            }

            return;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _lastEnqueued >= RemoteWindow)
            {
                _lastEnqueued = now;
                wait = TimeSpan.Zero;
            }
            else if (_trailing)
            {
                return;
            }
            else
            {
                _trailing = true;
                wait = RemoteWindow - (now - _lastEnqueued);
            }
        }

        if (wait == TimeSpan.Zero)
        {
            enqueue();
            return;
        }

        _ = Task.Run(async () =>
        {
            await Task.Delay(wait, time);
            lock (_gate)
            {
                _trailing = false;
                _lastEnqueued = time.GetUtcNow();
            }

            try
            {
                enqueue();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The job storage is away: the minutely dispatch (the safety net) finds these messages.
            }
        });
    }

    public bool TryRequest()
    {
        var now = time.GetUtcNow().UtcTicks;
        var requested = Interlocked.Read(ref _requestedAtTicks);
        if (requested != 0 && now - requested < Stale)
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _requestedAtTicks, now, requested) == requested;
    }

    public void Started() => Interlocked.Exchange(ref _requestedAtTicks, 0);
}
