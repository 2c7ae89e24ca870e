namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Settings SQLite takes once per process, before its first connection. SQLite counts every allocation it makes under
/// one process-wide lock, for statistics nothing here reads; with requests on every core, parsing each statement
/// (Microsoft.Data.Sqlite keeps no statement cache) made that lock contended. Turning the counting off removes it.
/// </summary>
internal static class SqliteProcessSettings
{
    private static readonly Lazy<int> Applied = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();

        // Refused (SQLITE_MISUSE) once SQLite has started, e.g. a second host in one test process: the setting stays as
        // the first one left it, and it changes speed only.
        return SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    });

    public static void Apply() => _ = Applied.Value;
}
