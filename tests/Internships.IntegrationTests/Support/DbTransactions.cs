using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Support;

public static class DbTransactions
{
    /// <summary>
    /// Runs test code in a transaction and commits it, as a command's unit of work does: inside the provider's execution
    /// strategy, which on PostgreSQL retries transient failures and refuses transactions begun outside it.
    /// </summary>
    public static Task InTransactionAsync(this DbContext db, Func<Task> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await work();
            await transaction.CommitAsync();
        });
}
