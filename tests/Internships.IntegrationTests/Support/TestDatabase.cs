using System.Text.RegularExpressions;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// The database a test host runs on, named by a path from <see cref="InternshipsApiFactory.NewDatabasePath"/>. In this
/// project, a SQLite file at that path. Internships.IntegrationTests.PostgreSql compiles these same tests with POSTGRESQL
/// defined: there each path names a database of its own (created when its first host starts) on the PostgreSQL server
/// the run started. A second host given the same path finds the same database, as a restarted node would.
/// </summary>
public static partial class TestDatabase
{
#if POSTGRESQL
    public static string Provider => "PostgreSql";
#else
    public static string Provider => "Sqlite";
#endif

    public static bool IsPostgreSql => Provider == "PostgreSql";

    /// <summary>The host's settings that put it on this database.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(string databasePath) => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
#if POSTGRESQL
        ["ConnectionStrings:Internships"] = PostgresForTheRun.Server.ConnectionString(Name(databasePath)),
        // A production PostgreSQL is migrated by its DBA from database/; a test host migrates its own, as SQLite does.
        ["Database:MigrateOnStartup"] = "true",
#else
        ["ConnectionStrings:Internships"] = $"Data Source={databasePath}",
#endif
    };

    /// <summary>Makes the database a host can start on: the folder for a SQLite file, or the PostgreSQL database (once).</summary>
    public static void Prepare(string databasePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
#if POSTGRESQL
        PostgresForTheRun.Server.CreateDatabaseIfMissingAsync(Name(databasePath)).GetAwaiter().GetResult();
#endif
    }

    /// <summary>Deletes the database (its hosts stopped): the SQLite file and its journals, or the PostgreSQL database.</summary>
    public static async Task DeleteAsync(string databasePath)
    {
#if POSTGRESQL
        // Its pooled connections first (dropping the database ends them anyway), none of the other hosts'.
        await using (var pooled = new Npgsql.NpgsqlConnection(PostgresForTheRun.Server.ConnectionString(Name(databasePath))))
        {
            Npgsql.NpgsqlConnection.ClearPool(pooled);
        }

        await PostgresForTheRun.Server.DropDatabaseAsync(Name(databasePath));
#else
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }

        await Task.CompletedTask;
#endif
    }

    /// <summary>The PostgreSQL database a path stands for: "internships_" and the file's name, as an identifier.</summary>
    public static string Name(string databasePath)
    {
        var name = "internships_" + NotIdentifier().Replace(Path.GetFileNameWithoutExtension(databasePath).ToLowerInvariant(), "_");
        return name.Length <= 63 ? name : name[..63];
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotIdentifier();
}
