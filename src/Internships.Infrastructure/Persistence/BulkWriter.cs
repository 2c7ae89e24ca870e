using System.Data.Common;
using System.Text;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// INSERTs built from the EF model (table, columns, each column's type mapping, which applies its value converter), so
/// what it writes reads back through EF exactly as if EF had saved it; generated keys are left to the database. One
/// command is prepared and executed again and again with new values, instead of EF's statement-by-statement saving
/// with its change tracking around each row. On SQLite the command inserts one row (a prepared statement re-run is
/// SQLite's fastest insert; its parameters are found by name, so a statement with thousands of them is slower, not
/// faster); on servers, as many rows as <see cref="MaxParameters"/> parameters allow (SQL Server takes 2,100), to save
/// round trips.
/// <para>
/// Outbox rows written this way start a dispatch after the commit, as tracked ones do (<paramref name="dispatch"/>).
/// </para>
/// </summary>
internal sealed class BulkWriter(AppDbContext db, NotificationDispatchTrigger? dispatch = null) : IBulkWriter
{
    private const int MaxParameters = 2_000;
    private const int MaxRows = 1_000;

    public async Task InsertAsync<T>(IReadOnlyCollection<T> records, CancellationToken cancellationToken) where T : class
    {
        if (records.Count == 0)
        {
            return;
        }

        if (records is IReadOnlyCollection<Notification> notifications)
        {
            dispatch?.Queued(notifications);
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAdd && !p.IsShadowProperty())
            .Select(p => (Property: p, Getter: p.GetGetter(), Name: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var rowsPerCommand = db.Database.IsSqlite() ? 1 : Math.Min(MaxRows, MaxParameters / columns.Count);

        var connection = db.Database.GetDbConnection();
        string? text = null;
        foreach (var chunk in records.Chunk(rowsPerCommand))
        {
            // A command per chunk: Npgsql prepares a statement it sees repeated, and one command prepared that way and
            // refilled with new parameter objects for each chunk broke a 100,000-row insert on a duplicate key.
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = text is not null && chunk.Length == rowsPerCommand
                ? text
                : InsertText(sql, table, columns.Select(c => c.Name).ToList(), chunk.Length);
            if (chunk.Length == rowsPerCommand)
            {
                text = command.CommandText;
            }

            for (var row = 0; row < chunk.Length; row++)
            {
                for (var column = 0; column < columns.Count; column++)
                {
                    var (property, getter, _, mapping) = columns[column];
                    command.Parameters.Add(mapping.CreateParameter(command, ParameterName(row, column, columns.Count),
                        getter.GetClrValue(chunk[row]), property.IsNullable));
                }
            }

            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e)
            {
                // As EF Core's own saving reports it, so a broken unique index (a race) is a 409 here too, and the
                // execution strategy still sees a transient failure inside.
                throw new DbUpdateException($"Writing {typeof(T).Name} records failed.", e);
            }
        }
    }

    private static string ParameterName(int row, int column, int columns) => $"p{(row * columns) + column}";

    private static string InsertText(ISqlGenerationHelper sql, StoreObjectIdentifier table, IReadOnlyList<string> columns, int rows)
    {
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c))).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (")
                .AppendJoin(", ", Enumerable.Range(0, columns.Count).Select(c => sql.GenerateParameterNamePlaceholder(ParameterName(row, c, columns.Count))))
                .Append(')');
        }

        return text.ToString();
    }
}
