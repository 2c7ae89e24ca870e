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

    protected override void RolledBack() => _queued = false;

    protected override void Committed()
    {
        if (!_queued)
        {
            return;
        }

        _queued = false;
        if (signal.TryRequest())
        {
            jobs.Enqueue<DispatchNotificationsJob>(job => job.RunAsync(CancellationToken.None));
        }
    }
}

/// <summary>
/// Coalesces dispatch requests in this process: while a requested dispatch has not started yet, further commits need
/// no job of their own, because that run has not looked for due messages yet and will find theirs. The run clears the
/// request as it starts, before it claims anything, so a commit after that point asks for a new run. A request not
/// started within a few seconds (the job ran on another instance, or the queue is slow) no longer holds others back.
/// </summary>
public sealed class DispatchSignal(TimeProvider time)
{
    private static readonly long Stale = TimeSpan.FromSeconds(5).Ticks;
    private long _requestedAtTicks;

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
