using Microsoft.EntityFrameworkCore.Storage;

namespace Internships.Application.Common.Behaviors;

/// <summary>
/// The one place a command's work is committed (docs/adr/0006): it opens the transaction, saves what the handler
/// left unsaved, and commits, so the change, the work its domain events cause, and anything recorded for jobs commit
/// together or not at all. Handlers never begin, commit or roll back; they save only to read back what they wrote.
/// A write that lost an optimistic-concurrency race is retried from a clean slate, so it is judged against the data
/// as it now is; any other failure rolls everything back and leaves the context empty.
/// <para>
/// The whole unit runs inside the provider's execution strategy: on PostgreSQL and SQL Server a transient failure (a
/// dropped connection, a failover, a deadlock) runs the command again from a clean slate, after a short wait. Except
/// while committing: then the outcome is unknown, and running it again could do it twice, so it fails
/// (<see cref="CommitOutcomeUnknownException"/>).
/// </para>
/// <para>
/// A command sent from inside another command joins that command's unit of work: its changes are saved when it
/// returns (so it answers what it did, as it would alone) and commit or roll back with the outer command.
/// </para>
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IAppDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private const int MaxAttempts = 4;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand)
        {
            return await next(message, cancellationToken);
        }

        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return inner;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(ct => CommitAsync(message, next, strategy.RetriesOnFailure, ct), cancellationToken);
    }

    private async Task<TResponse> CommitAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, bool retriesOnFailure,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var response = await next(message, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await CommitOrSayUnknownAsync(transaction, retriesOnFailure, cancellationToken);
                return response;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                await RollBackAsync(transaction);
            }
            catch
            {
                await RollBackAsync(transaction);
                throw;
            }
        }
    }

    private static async Task CommitOrSayUnknownAsync(IDbContextTransaction transaction, bool retriesOnFailure, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (retriesOnFailure && DatabaseFailures.IsTransient(e))
        {
            throw new CommitOutcomeUnknownException(e);
        }
    }

    /// <summary>
    /// Rolls back explicitly, not by disposal, so the work waiting for the commit (the after-commit interceptors) is
    /// dropped too, and forgets the failed attempt's entities. A rollback that fails itself (the connection is gone)
    /// must not hide the failure that caused it: the transaction ends when it is disposed either way.
    /// </summary>
    private async Task RollBackAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
        }

        db.ChangeTracker.Clear();
    }
}
