using System.Globalization;
using System.Text.Json;
using Internships.Domain.Audit;
using Internships.Domain.Badges;
using Internships.Domain.Employers;
using Internships.Domain.Placements;
using Internships.Domain.Postings;
using Internships.Domain.StateReporting;
using Internships.Domain.Students;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Internships.Infrastructure.Persistence.Audit;

/// <summary>
/// Records every change to a student, placement, posting, employer or supervisor, badge award or claim, or account in the audit
/// trail: who, when, and each changed field's old and new value. What a save is about to change is noted before it runs
/// (old values are gone afterwards); the lines are written when it has run (new records have their ids by then), by one
/// INSERT in the same transaction. Secrets (password hashes, security stamps, salts, tokens) are never written: a new
/// password shows as "changed". Refuses any save that would change or remove a line of the trail itself.
/// </summary>
internal sealed class AuditTrailInterceptor(ICurrentUser user, IClock clock) : SaveChangesInterceptor
{
    private const int MaxValueLength = 500;

    private static readonly string[] SecretParts = ["Password", "Hash", "Salt", "Token", "Secret", "Stamp"];

    private static readonly HashSet<string> Ignored =
        ["Version", "IssuedCredential", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount", "SecurityStamp", "ConcurrencyStamp"];

    private readonly List<Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext context && _pending.Count > 0)
        {
            var entries = Lines();
            await AuditTrailWriter.WriteAsync(context, entries, cancellationToken);
        }

        return result;
    }

    /// <summary>A synchronous save (the Data Protection key ring's) may change only what the trail does not follow.</summary>
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        _pending.Count == 0 ? result : throw new NotSupportedException("Save asynchronously, so the audit trail is written.");

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.Clear();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        _pending.Clear();
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is AuditEntry)
            {
                throw new InvalidOperationException("The audit trail is written only by its writer, and never changed or removed.");
            }

            if (SubjectOf(entry) is not { } subject)
            {
                continue;
            }

            // A new record's values are read once it is saved, when its id and its parent's are known.
            var changes = entry.State == EntityState.Added ? null : Changes(entry, entry.State, subject.Prefix);
            if (changes is null || changes.Count > 0 || entry.State == EntityState.Deleted)
            {
                _pending.Add(new Pending(entry, subject, entry.State, changes, entry.State == EntityState.Added ? null : subject.Id(entry)));
            }
        }
    }

    private List<AuditEntry> Lines()
    {
        var at = clock.UtcNow;
        var lines = _pending
            .Select(p => new
            {
                p.Subject.Type,
                Id = p.Id ?? p.Subject.Id(p.Entry),
                Action = p.Subject.Prefix is null
                    ? p.State switch { EntityState.Added => AuditAction.Created, EntityState.Deleted => AuditAction.Deleted, _ => AuditAction.Updated }
                    : AuditAction.Updated,
                Changes = p.Changes ?? Changes(p.Entry, EntityState.Added, p.Subject.Prefix),
            })
            // A record and its parts saved together make one line per record and kind of change.
            .GroupBy(l => (l.Type, l.Id, l.Action))
            .Select(g => new AuditEntry(at, user.UserId, user.UserName, g.Key.Action, g.Key.Type, g.Key.Id, null, g.SelectMany(l => l.Changes).ToList()))
            .ToList();
        _pending.Clear();
        return lines;
    }

    /// <summary>Which audited record an entry belongs to; parts (enrolments, documents, a posting's pathways) count as their record's.</summary>
    private static Subject? SubjectOf(EntityEntry entry) => entry.Entity switch
    {
        Student => new Subject("Student", e => Key(e, "Id"), null),
        PathwayEnrolment => new Subject("Student", e => Key(e, "StudentId"), e => $"Enrolment in pathway {Key(e, "PathwayId")}"),
        Placement => new Subject("Placement", e => Key(e, "Id"), null),
        PlacementDocument => new Subject("Placement", e => Key(e, "PlacementId"), e => $"Document {Key(e, "Type")}"),
        PlacementStateReporting => new Subject("Placement", e => Key(e, "PlacementId"), _ => "State reporting"),
        InternshipPosting => new Subject("Posting", e => Key(e, "Id"), null),
        PostingPathway => new Subject("Posting", e => Key(e, "PostingId"), e => $"Pathway {Key(e, "PathwayId")}"),
        PostingRequiredBadge => new Subject("Posting", e => Key(e, "PostingId"), e => $"Required badge {Key(e, "BadgeClassId")}"),
        Employer => new Subject("Employer", e => Key(e, "Id"), null),
        Supervisor => new Subject("Supervisor", e => Key(e, "Id"), null),
        BadgeAward => new Subject("BadgeAward", e => Key(e, "Id"), null),
        BadgeClaim => new Subject("BadgeClaim", e => Key(e, "Id"), null),
        BadgeProposal => new Subject("BadgeProposal", e => Key(e, "Id"), null),
        AppUser => new Subject("Account", e => Key(e, "Id"), null),
        IdentityUserRole<int> => new Subject("Account", e => Key(e, "UserId"), e => $"Role {Key(e, "RoleId")}"),
        _ when entry.Metadata.FindOwnership() is { } ownership && OwnerOf(entry) is { } owner && SubjectOf(owner) is { } ownerSubject
            => new Subject(ownerSubject.Type, _ => ownerSubject.Id(owner), _ => ownership.PrincipalToDependent?.Name ?? entry.Metadata.ShortName()),
        _ => null,
    };

    private static EntityEntry? OwnerOf(EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership()!;
        var navigation = ownership.DependentToPrincipal;
        return navigation is null ? null : entry.Reference(navigation.Name).TargetEntry;
    }

    private static string Key(EntityEntry entry, string property) => Format(entry.Property(property).CurrentValue) ?? "";

    private static List<AuditChange> Changes(EntityEntry entry, EntityState state, Func<EntityEntry, string>? prefix)
    {
        var changes = new List<AuditChange>();
        var label = prefix?.Invoke(entry);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name) || (property.Metadata.IsPrimaryKey() && property.Metadata.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
                || (property.Metadata.IsShadowProperty() && entry.Metadata.IsOwned()))
            {
                continue;
            }

            var field = label is null ? name : $"{label}: {name}";
            var secret = SecretParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));
            switch (state)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes.Add(secret ? new AuditChange(field, null, "set") : new AuditChange(field, null, Format(property.CurrentValue)));
                    break;
                case EntityState.Deleted when property.OriginalValue is not null:
                    changes.Add(new AuditChange(field, secret ? "set" : Format(property.OriginalValue), null));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue)
                    && Format(property.OriginalValue) != Format(property.CurrentValue):
                    changes.Add(secret ? new AuditChange(field, null, "changed") : new AuditChange(field, Format(property.OriginalValue), Format(property.CurrentValue)));
                    break;
            }
        }

        return changes;
    }

    /// <summary>A value as the trail shows it: invariant, dates as ISO 8601, lists as JSON, long text cut short, bytes by their size.</summary>
    internal static string? Format(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            byte[] bytes => $"({bytes.Length} bytes)",
            Enum e => e.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            System.Collections.IEnumerable list => JsonSerializer.Serialize(list),
            _ => value.ToString(),
        };
        return text is { Length: > MaxValueLength } ? text[..MaxValueLength] + "…" : text;
    }

    private sealed record Subject(string Type, Func<EntityEntry, string> Id, Func<EntityEntry, string>? Prefix);

    private sealed record Pending(EntityEntry Entry, Subject Subject, EntityState State, List<AuditChange>? Changes, string? Id);
}
