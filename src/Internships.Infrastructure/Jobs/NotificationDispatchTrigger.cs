using System.Data.Common;
using Hangfire;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// Starts a dispatch as soon as a transaction that queued e-mail commits, so an offer arrives in seconds rather than
/// at the next minutely run (which stays as the safety net). Never before the commit: the dispatcher must find the rows.
/// Triggers coalesce through <see cref="DispatchSignal"/>. One per DbContext (scoped).
/// </summary>
internal sealed class NotificationDispatchTrigger(IBackgroundJobClient jobs, IOptions<NotificationOptions> options, DispatchSignal signal)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _queued;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        TriggerUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        TriggerUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Trigger();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Trigger();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _queued = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _queued = false;
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (options.Value.DispatchOnCommit && context is not null && !_queued)
        {
            _queued = context.ChangeTracker.Entries<Notification>()
                .Any(e => e.State == EntityState.Added && e.Entity.Status == NotificationStatus.Pending);
        }
    }

    private void TriggerUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Trigger();
        }
    }

    private void Trigger()
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
