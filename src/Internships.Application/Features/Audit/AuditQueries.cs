using Internships.Domain.Audit;

namespace Internships.Application.Features.Audit;

/// <summary>The shape of the trail's lines, for its search and a record's history.</summary>
public static class AuditQueries
{
    /// <summary>The kinds of record the trail follows.</summary>
    public static readonly IReadOnlyList<string> EntityTypes = ["Student", "Placement", "Posting", "Employer", "Supervisor", "BadgeAward", "BadgeClaim", "BadgeProposal", "Account", "Export"];

    public static IQueryable<AuditEntryDto> SelectDto(this IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new AuditEntryDto(a.Id, a.At, a.UserId, a.UserName ?? "system", a.Action, a.EntityType, a.EntityId, a.Summary, a.Changes));
}
