using Internships.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Common.Behaviors;

/// <summary>
/// Runs each command in one database transaction: the change, the work its domain events cause, and anything
/// recorded for jobs commit together or not at all. A write that lost an optimistic-concurrency race is
/// retried from a clean slate, so it is judged against the data as it now is.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IAppDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private const int MaxAttempts = 4;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var response = await next(message, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return response;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }
}
