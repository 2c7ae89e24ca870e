using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Work that must follow a change only once it is committed (telling a cache, enqueuing a job): done earlier, it could
/// act on rows a rollback then removes, or that another connection cannot see yet. <see cref="Collect"/> notes what
/// is being saved; <see cref="Committed"/> runs after the commit (or after a save outside any transaction);
/// <see cref="RolledBack"/> forgets what was noted. One per DbContext (scoped).
/// </summary>
internal abstract class AfterCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Notes what the context is about to save.</summary>
    protected abstract void Collect(DbContext context);

    /// <summary>Acts on what was noted, now committed, and forgets it.</summary>
    protected abstract void Committed();

    /// <summary>Forgets what was noted: none of it happened.</summary>
    protected abstract void RolledBack();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        CollectFrom(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        CollectFrom(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommittedUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CommittedUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack();
        return Task.CompletedTask;
    }

    private void CollectFrom(DbContext? context)
    {
        if (context is not null)
        {
            Collect(context);
        }
    }

    private void CommittedUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Committed();
        }
    }
}
