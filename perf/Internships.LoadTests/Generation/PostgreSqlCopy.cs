using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Internships.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Internships.LoadTests.Generation;

/// <summary>
/// Puts the load-test district into a PostgreSQL database: migrates it with the application's PostgreSQL migrations,
/// then copies every table the generator fills from its SQLite file with <c>COPY ... FROM STDIN</c> (text format), so
/// both providers are measured on the same rows. Values are converted by the PostgreSQL column's type (booleans from
/// 0/1, lists from JSON to arrays, timestamps read as UTC); identity sequences are moved past the copied ids, and the
/// tables analysed.
/// </summary>
internal sealed class PostgreSqlCopy(string sqlitePath, string connectionString, TextWriter output)
{
    // The generator's tables, parents first (foreign keys are checked row by row as COPY goes).
    private static readonly string[] Tables =
    [
        "AspNetRoles", "Pathways", "Schools", "Employers", "Supervisors", "Postings", "PostingPathways", "Students",
        "PathwayEnrolments", "Applications", "AspNetUsers", "AspNetUserRoles", "Placements", "TimesheetEntries",
    ];

    private readonly Stopwatch _clock = new();

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        _clock.Start();
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Timezone = "UTC", CommandTimeout = 600 }.ConnectionString;
        await using (var db = new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(target).Options))
        {
            if ((await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
            {
                await output.WriteLineAsync("The PostgreSQL database is not empty: give an empty one (the load script makes a fresh one).");
                return 2;
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        Report("PostgreSQL schema migrated");

        var source = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(sqlitePath), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var sqlite = new SqliteConnection(source.ToString());
        await sqlite.OpenAsync(cancellationToken);
        await using var postgres = new NpgsqlConnection(target);
        await postgres.OpenAsync(cancellationToken);

        foreach (var table in Tables)
        {
            var rows = await CopyTableAsync(sqlite, postgres, table, cancellationToken);
            Report($"{table}: {rows} rows");
        }

        await ExecuteAsync(postgres, """
            DO $$
            DECLARE t record; top bigint;
            BEGIN
              FOR t IN SELECT c.table_name, c.column_name FROM information_schema.columns c
                       WHERE c.table_schema = 'public' AND c.is_identity = 'YES' LOOP
                EXECUTE format('SELECT max(%I) FROM %I', t.column_name, t.table_name) INTO top;
                IF top IS NOT NULL THEN
                  PERFORM setval(pg_get_serial_sequence(quote_ident(t.table_name), t.column_name), top);
                END IF;
              END LOOP;
            END $$;
            """, cancellationToken);
        await ExecuteAsync(postgres, "ANALYZE", cancellationToken);
        Report("identity sequences moved past the copied ids; tables analysed");
        return 0;
    }

    private static async Task<long> CopyTableAsync(SqliteConnection sqlite, NpgsqlConnection postgres, string table, CancellationToken cancellationToken)
    {
        var types = await ColumnTypesAsync(postgres, table, cancellationToken);
        await using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var missing = columns.Where(c => !types.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"{table} has columns PostgreSQL lacks: {string.Join(", ", missing)}.");
        }

        var columnTypes = columns.Select(c => types[c]).ToArray();
        await using var writer = await postgres.BeginTextImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN", cancellationToken);
        var line = new StringBuilder();
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            line.Clear();
            for (var i = 0; i < columns.Length; i++)
            {
                if (i > 0)
                {
                    line.Append('\t');
                }

                line.Append(reader.IsDBNull(i) ? @"\N" : Escape(Text(reader.GetValue(i), columnTypes[i])));
            }

            line.Append('\n');
            await writer.WriteAsync(line, cancellationToken);
            rows++;
        }

        return rows;
    }

    /// <summary>The PostgreSQL column types of a table: information_schema's data_type (ARRAY for lists).</summary>
    private static async Task<Dictionary<string, string>> ColumnTypesAsync(NpgsqlConnection postgres, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1", postgres);
        command.Parameters.AddWithValue(table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            types[reader.GetString(0)] = reader.GetString(1);
        }

        return types.Count > 0 ? types : throw new InvalidOperationException($"PostgreSQL has no table {table}.");
    }

    /// <summary>A SQLite value as PostgreSQL's text input for a column of that type (before COPY's own escaping).</summary>
    private static string Text(object value, string type) => (value, type) switch
    {
        (long number, "boolean") => number != 0 ? "t" : "f",
        (string json, "ARRAY") => ArrayLiteral(json),
        (byte[] bytes, _) => @"\x" + Convert.ToHexString(bytes),
        (double number, _) => number.ToString("R", CultureInfo.InvariantCulture),
        (IFormattable formattable, _) => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A JSON list of strings (SQLite's form of a list column) as a PostgreSQL array literal.</summary>
    private static string ArrayLiteral(string json)
    {
        var items = JsonSerializer.Deserialize<string[]>(json) ?? [];
        return "{" + string.Join(",", items.Select(item => "\"" + item.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "}";
    }

    /// <summary>COPY's text format: backslash, tab, newline and carriage return escaped.</summary>
    private static string Escape(string text) => text.AsSpan().IndexOfAny("\\\t\n\r") < 0
        ? text
        : text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\t", @"\t", StringComparison.Ordinal)
            .Replace("\n", @"\n", StringComparison.Ordinal).Replace("\r", @"\r", StringComparison.Ordinal);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Report(string what) => output.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1} s] {what}");
}
