using System.Net.Sockets;
using Internships.IntegrationTests.Support;
using Npgsql;

namespace Internships.IntegrationTests.Crash;

/// <summary>
/// What the crash tests share: a fresh PostgreSQL database each, nodes started as processes on it (killed with
/// <c>kill -9</c> and started again), and a way to see the moment a node's transaction has written and not yet committed.
/// </summary>
[NonParallelizable]
public abstract class HostKilledTests
{
    protected static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    protected string DatabasePath { get; private set; } = null!;

    protected string Folder { get; private set; } = null!;

    protected string ConnectionString => PostgresForTheRun.Server.ConnectionString(TestDatabase.Name(DatabasePath));

    [SetUp]
    public void PrepareDatabase()
    {
        DatabasePath = InternshipsApiFactory.NewDatabasePath();
        TestDatabase.Prepare(DatabasePath);
        Folder = Path.Combine(Path.GetTempPath(), "internships-nodes", Guid.NewGuid().ToString("N"));
    }

    [TearDown]
    public async Task DeleteDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await TestDatabase.DeleteAsync(DatabasePath);
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>
    /// Waits until a transaction on this database (other than the job server's and the mail dispatcher's short claims)
    /// has written rows it has not committed yet, that is, until a change is half-way into the database; false if
    /// <paramref name="answered"/> completes first or nothing is seen within a minute.
    /// </summary>
    protected async Task<bool> WaitForUncommittedWritesAsync(Task answered)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
              AND state IN ('active', 'idle in transaction')
              AND query NOT ILIKE '%hangfire%' AND query NOT ILIKE 'UPDATE "Notifications" AS%'
            """, connection);
        var until = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < until && !answered.IsCompleted)
        {
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a request failed because its node was killed, so the client never heard the outcome: the request failed,
    /// was reset or timed out, or the connection the client was opening as the node died failed in the socket layer
    /// itself (a <see cref="SocketException"/> that .NET does not wrap when it asks a dead peer's socket for its address).
    /// </summary>
    protected static bool NeverAnswered(Exception e) =>
        e is HttpRequestException or TaskCanceledException or TimeoutException or SocketException or IOException;
}
