using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, applied once to each new connection (pooled connections keep them).
/// Without them every connection reads the file through its own 2 MB page cache, which the postings and their
/// indexes outgrow: under concurrent searches each query then re-reads most pages from the operating system.
/// Memory-mapping the file lets every connection share the operating system's cached pages instead.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    /// <summary>Map up to 1 GiB of the file (address space, not memory: pages are shared with the OS cache).</summary>
    private const long MmapSizeBytes = 1L << 30;

    /// <summary>Each connection's own page cache, in KiB (negative in the pragma); 16 MiB.</summary>
    private const int CacheSizeKiB = 16 * 1024;

    private static readonly string Pragmas = $"PRAGMA mmap_size={MmapSizeBytes}; PRAGMA cache_size=-{CacheSizeKiB};";

    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection, out var sqlite))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (IsNew(connection, out var sqlite))
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Whether this is the first time the underlying SQLite connection is opened (not a pooled one again).</summary>
    private bool IsNew(DbConnection connection, out SqliteConnection sqlite)
    {
        sqlite = (SqliteConnection)connection;
        return sqlite.Handle is { } handle && _configured.TryAdd(handle, true);
    }
}
