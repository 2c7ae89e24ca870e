namespace Internships.Domain.Audit;

/// <summary>What happened to a record.</summary>
public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Viewed,
    Exported,
}

/// <summary>One field's value before and after a change; null where there was none (a new record, a cleared field).</summary>
public sealed record AuditChange(string Field, string? Old, string? New);

/// <summary>
/// One line of the audit trail: who did what to which record, when, and for a change the old and new value of each field
/// that changed. Written once, in the transaction of the change it records, and never changed or removed afterwards: the
/// product has no use case that updates or deletes one, and the persistence layer refuses to.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime at, int? userId, string? userName, AuditAction action, string entityType, string entityId, string? summary,
        IReadOnlyList<AuditChange> changes)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Summary = summary;
        Changes = changes.ToList();
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>The account that acted; null for the system's own jobs.</summary>
    public int? UserId { get; private set; }

    public string? UserName { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The kind of record: Student, Placement, Posting, Employer, Supervisor, BadgeAward, Account, or an export's list.</summary>
    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>For a view, what was looked at (the use case); for an export, its filter and row count.</summary>
    public string? Summary { get; private set; }

    public List<AuditChange> Changes { get; private set; } = [];
}
