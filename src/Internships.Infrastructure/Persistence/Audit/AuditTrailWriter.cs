using System.Data;
using System.Data.Common;
using System.Text.Json;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Audit;
using Microsoft.EntityFrameworkCore;
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
                    var names = new[]
                    {
                        Add(command, n++, entry.At, DbType.DateTime2), Add(command, n++, entry.UserId, DbType.Int32),
                        Add(command, n++, entry.UserName, DbType.String), Add(command, n++, entry.Action.ToString(), DbType.String),
                        Add(command, n++, entry.EntityType, DbType.String), Add(command, n++, entry.EntityId, DbType.String),
                        Add(command, n++, entry.Summary, DbType.String),
                        Add(command, n++, JsonSerializer.Serialize(entry.Changes, Configurations.AuditJson.Options), DbType.String),
                    };
                    rows.Add("(" + string.Join(", ", names) + ")");
                }

                command.CommandText = "INSERT INTO AuditTrail (At, UserId, UserName, Action, EntityType, EntityId, Summary, Changes) VALUES "
                    + string.Join(", ", rows);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    private static string Add(DbCommand command, int index, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@a" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
