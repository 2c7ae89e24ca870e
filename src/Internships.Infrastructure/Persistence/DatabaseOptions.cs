namespace Internships.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Internships";
    public const string DefaultSqliteConnectionString = "Data Source=data/internships.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations at start-up. Left unset, the embedded SQLite database migrates itself and a SQL Server
    /// database is left to its DBA, who applies the reviewed script from database/.
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Fill an empty database with the demo district (schools, pathways, students, employers, postings).</summary>
    public bool SeedDemoData { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}

/// <summary>The first administrator, for a database that has none yet. Set from secrets or the environment, never in code.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
