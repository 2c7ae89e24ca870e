using Internships.Domain.Audit;

namespace Internships.Application.Features.Audit;

/// <summary>A line of the audit trail as it is shown; <c>UserName</c> "system" for the district's own jobs.</summary>
public sealed record AuditEntryDto(
    long Id,
    DateTime At,
    int? UserId,
    string UserName,
    AuditAction Action,
    string EntityType,
    string EntityId,
    string? Summary,
    IReadOnlyList<AuditChange> Changes);
