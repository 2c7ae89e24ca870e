using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Work one node must do alone at start-up (migrations, Hangfire's schema, the roles and the rubric): nodes that start
/// together against one database take turns, and each finds what the one before it did. The lock is held by a
/// connection of its own, outside any pool, so it ends with that connection, even if the process dies holding it.
/// <list type="bullet">
/// <item>PostgreSQL: a session-level advisory lock (<c>pg_advisory_lock</c>).</item>
/// <item>SQL Server: an application lock owned by the session (<c>sp_getapplock</c>).</item>
/// <item>SQLite: none. A database file serves the nodes of one machine at most, and a second process would queue on the
/// file's own write lock; EF Core's migration lock (a row in <c>__EFMigrationsLock</c>) already keeps two from
/// migrating at once, and the seeding that follows is a handful of idempotent inserts.</item>
/// </list>
/// </summary>
internal static partial class DatabaseStartupLock
{
    /// <summary>The lock's name: an arbitrary 64-bit key for PostgreSQL (the bytes of "Intrnshp"), a resource for SQL Server.</summary>
    private const long PostgreSqlKey = 0x496E74726E736870;

    private const string SqlServerResource = "Internships.DatabaseStartup";

    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseFacade database, ILogger logger, CancellationToken cancellationToken)
    {
        var connectionString = database.GetConnectionString()!;
        if (database.IsNpgsql())
        {
            return await AcquirePostgreSqlAsync(connectionString, logger, cancellationToken);
        }

        if (database.IsSqlServer())
        {
            return await AcquireSqlServerAsync(connectionString, logger, cancellationToken);
        }

        return new Held(null, null);
    }

    private static async Task<IAsyncDisposable> AcquirePostgreSqlAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!await ScalarAsync<bool>(connection, $"SELECT pg_try_advisory_lock({PostgreSqlKey})", cancellationToken))
            {
                LogWaiting(logger);
                await ScalarAsync<object>(connection, $"SELECT pg_advisory_lock({PostgreSqlKey})", cancellationToken);
            }

            return new Held(connection, $"SELECT pg_advisory_unlock({PostgreSqlKey})");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<IAsyncDisposable> AcquireSqlServerAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            const string take = "DECLARE @r int; EXEC @r = sp_getapplock @Resource = '" + SqlServerResource
                + "', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = {0}; SELECT @r;";
            if (await ScalarAsync<int>(connection, string.Format(System.Globalization.CultureInfo.InvariantCulture, take, 0), cancellationToken) < 0)
            {
                LogWaiting(logger);
                var granted = await ScalarAsync<int>(connection, string.Format(System.Globalization.CultureInfo.InvariantCulture, take, -1), cancellationToken);
                if (granted < 0)
                {
                    throw new InvalidOperationException($"sp_getapplock refused the start-up lock ({granted}).");
                }
            }

            return new Held(connection, $"EXEC sp_releaseapplock @Resource = '{SqlServerResource}', @LockOwner = 'Session';");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one statement without a time limit: waiting for the lock takes as long as the other node's start-up.</summary>
    private static async Task<T> ScalarAsync<T>(System.Data.Common.DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// A lock held by <paramref name="connection"/>: released by <paramref name="release"/>, then the connection closed.
    /// If releasing fails (the connection is gone), closing ends the lock all the same; the failure that brought us here
    /// is the one worth reporting.
    /// </summary>
    private sealed class Held(System.Data.Common.DbConnection? connection, string? release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection is null)
            {
                return;
            }

            await using (connection)
            {
                try
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = release;
                    await command.ExecuteNonQueryAsync(CancellationToken.None);
                }
                catch (System.Data.Common.DbException)
                {
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Another node is migrating or seeding the database; waiting for it to finish before starting.")]
    private static partial void LogWaiting(ILogger logger);
}
