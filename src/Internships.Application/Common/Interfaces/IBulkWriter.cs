namespace Internships.Application.Common.Interfaces;

/// <summary>
/// Writes many new records of one kind at once, for imports: a few multi-row INSERT statements in the current
/// transaction instead of one statement per record (what saving tracked entities costs on SQLite). The records are
/// not tracked, raise no domain events and do not learn their generated ids: read those back by a key the caller
/// knows (a roster import reads its students' ids by sourcedId).
/// </summary>
public interface IBulkWriter
{
    Task InsertAsync<T>(IReadOnlyCollection<T> records, CancellationToken cancellationToken) where T : class;
}
