using Internships.Domain.Audit;

namespace Internships.Application.Common.Interfaces;

/// <summary>
/// Appends lines to the audit trail that no change to a record writes by itself: views of a student's record, exports.
/// Changes are recorded by the persistence layer as they are saved. There is no way to change or remove a line.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);
}
