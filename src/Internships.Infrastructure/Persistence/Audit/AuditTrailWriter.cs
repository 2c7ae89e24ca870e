using Internships.Domain.Audit;

namespace Internships.Infrastructure.Persistence.Audit;

/// <summary>
/// Appends lines to the audit trail: multi-row INSERTs built from the model (<see cref="BulkWriter"/>), on the context's
/// connection and inside its current transaction, so a change and its line commit or roll back together. The only code
/// that writes the trail; nothing updates or deletes it.
/// </summary>
internal sealed class AuditTrailWriter(AppDbContext db) : IAuditTrail
{
    public Task RecordAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) => WriteAsync(db, entries, cancellationToken);

    public static async Task WriteAsync(AppDbContext context, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var database = context.Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await new BulkWriter(context).InsertAsync(entries, cancellationToken);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
