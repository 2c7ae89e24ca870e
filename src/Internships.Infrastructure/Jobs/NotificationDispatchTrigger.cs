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
/// At most one trigger a second: a dispatcher run takes everything that is due anyway. One per DbContext (scoped).
/// </summary>
internal sealed class NotificationDispatchTrigger(IBackgroundJobClient jobs, IOptions<NotificationOptions> options, TimeProvider time)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static long _lastTriggerTicks;
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
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastTriggerTicks);
        if (now - last < TimeSpan.TicksPerSecond || Interlocked.CompareExchange(ref _lastTriggerTicks, now, last) != last)
        {
            return;
        }

        jobs.Enqueue<DispatchNotificationsJob>(job => job.RunAsync(CancellationToken.None));
    }
}
