using System.Data.Common;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Internships.Infrastructure.Persistence.Audit;

/// <summary>
/// Appends lines to the audit trail: one INSERT of many rows, on the context's connection and inside its current
/// transaction, so a change and its line commit or roll back together. The only code that writes the trail; nothing
/// updates or deletes it.
/// </summary>
internal sealed class AuditTrailWriter(AppDbContext db) : IAuditTrail
{
    /// <summary>Rows per statement: SQL Server takes at most 2,100 parameters (8 a row) and 1,000 rows.</summary>
    private const int RowsPerStatement = 200;

    public Task RecordAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) => WriteAsync(db, entries, cancellationToken);

    public static async Task WriteAsync(DbContext context, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        // Names and parameter types come from the model, so the one statement suits every provider (quoting, and
        // timestamp types: Npgsql refuses a UTC DateTime for a column typed without a time zone, and the reverse).
        var entityType = context.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        var columns = Columns.Select(name => entityType.FindProperty(name)!).ToArray();
        var columnList = string.Join(", ", columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columnList}) VALUES ";

        var database = context.Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var chunk in entries.Chunk(RowsPerStatement))
            {
                await using var command = database.GetDbConnection().CreateCommand();
                command.Transaction = database.CurrentTransaction?.GetDbTransaction();
                var rows = new List<string>(chunk.Length);
                var n = 0;
                foreach (var entry in chunk)
                {
                    object?[] values = [entry.At, entry.UserId, entry.UserName, entry.Action, entry.EntityType, entry.EntityId, entry.Summary, entry.Changes];
                    var names = new string[columns.Length];
                    for (var i = 0; i < columns.Length; i++)
                    {
                        names[i] = Add(command, n++, columns[i], values[i]);
                    }

                    rows.Add("(" + string.Join(", ", names) + ")");
                }

                command.CommandText = insert + string.Join(", ", rows);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    /// <summary>The columns written, in the order of the values above.</summary>
    private static readonly string[] Columns =
    [
        nameof(AuditEntry.At), nameof(AuditEntry.UserId), nameof(AuditEntry.UserName), nameof(AuditEntry.Action),
        nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityId), nameof(AuditEntry.Summary), nameof(AuditEntry.Changes),
    ];

    /// <summary>A parameter typed and converted as the model maps the property (the enum as text, the changes as JSON).</summary>
    private static string Add(DbCommand command, int index, IProperty property, object? value)
    {
        var name = "@a" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
        return name;
    }
}
