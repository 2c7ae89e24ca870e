using System.ComponentModel.DataAnnotations;

namespace Internships.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Internships";
    public const string DefaultSqliteConnectionString = "Data Source=data/internships.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations at start-up. Left unset, the embedded SQLite database migrates itself and a PostgreSQL or
    /// SQL Server database is left to its DBA, who applies the reviewed script from database/. Nodes that start together
    /// migrate one at a time, under a database lock (<see cref="DatabaseStartupLock"/>).
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Fill an empty database with the demo district (schools, pathways, students, employers, postings).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// How often a command or query that met a transient failure (a dropped connection, a failover, a deadlock) is tried
    /// again by the provider's execution strategy, on PostgreSQL and SQL Server. SQLite has no such failures.
    /// </summary>
    [Range(0, 20)]
    public int MaxRetryCount { get; set; } = 3;

    /// <summary>The longest wait between two of those tries (they back off exponentially up to it).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>While the database cannot be reached at start-up, how long a node waits before trying again.</summary>
    public TimeSpan StartupRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}

/// <summary>The first administrator, for a database that has none yet. Set from secrets or the environment, never in code.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
