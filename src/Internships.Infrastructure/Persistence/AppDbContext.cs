using Internships.Application.Common.Models;
using Internships.Domain.Accounts;
using Internships.Domain.Applications;
using Internships.Domain.Badges;
using Internships.Domain.Evaluations;
using Internships.Domain.Guidance;
using Internships.Domain.Matching;
using Internships.Domain.Notifications;
using Internships.Domain.Placements;
using Internships.Domain.Common;
using Internships.Domain.Documents;
using Internships.Domain.Employers;
using Internships.Domain.Pathways;
using Internships.Domain.Postings;
using Internships.Domain.Programmes;
using Internships.Domain.Reports;
using Internships.Domain.Roster;
using Internships.Domain.Schools;
using Internships.Domain.Staff;
using Internships.Domain.Students;
using Internships.Domain.Terms;
using Internships.Domain.Audit;
using Internships.Domain.Contacts;
using Internships.Domain.StateReporting;
using Internships.Infrastructure.Badges;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Mediator;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// The one database: domain data and identity. Each provider has a subclass that owns its migrations.
/// Saving bumps the version of optimistically-locked aggregates and hands domain events to their handlers,
/// inside the transaction the change is saved in (the command's; see <see cref="SaveChangesAsync(bool, CancellationToken)"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, int>(options), IAppDbContext, IDataProtectionKeyContext
{
    private const int MaxEventRounds = 8;

    /// <summary>
    /// Who hands this context's domain events to their handlers: the mediator of the scope that leased the context from
    /// the pool (<see cref="DependencyInjection"/>); none for a context made by hand, which then cannot raise events.
    /// </summary>
    internal IPublisher? Publisher { get; set; }

    /// <summary>What this context's saves bring along (<see cref="ScopeSaveInterceptorsForwarder"/>), set with <see cref="Publisher"/>.</summary>
    internal ScopeSaveInterceptors? SaveInterceptors { get; set; }

    public DbSet<School> Schools => Set<School>();

    public DbSet<CareerPathway> Pathways => Set<CareerPathway>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<PathwayEnrolment> PathwayEnrolments => Set<PathwayEnrolment>();

    public DbSet<Employer> Employers => Set<Employer>();

    public DbSet<Supervisor> Supervisors => Set<Supervisor>();

    public DbSet<InternshipPosting> Postings => Set<InternshipPosting>();

    public DbSet<InternshipApplication> Applications => Set<InternshipApplication>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<TimesheetEntry> TimesheetEntries => Set<TimesheetEntry>();

    public DbSet<RubricCompetency> RubricCompetencies => Set<RubricCompetency>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<BadgeClass> BadgeClasses => Set<BadgeClass>();

    public DbSet<BadgeAward> BadgeAwards => Set<BadgeAward>();

    public DbSet<BadgeClaim> BadgeClaims => Set<BadgeClaim>();

    public DbSet<BadgeProposal> BadgeProposals => Set<BadgeProposal>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<StaffCompletionTally> StaffCompletionTallies => Set<StaffCompletionTally>();

    public DbSet<ProgrammeEnrolment> ProgrammeEnrolments => Set<ProgrammeEnrolment>();

    public DbSet<MatchRound> MatchRounds => Set<MatchRound>();

    public DbSet<MatchParticipant> MatchParticipants => Set<MatchParticipant>();

    public DbSet<MatchChoice> MatchChoices => Set<MatchChoice>();

    public DbSet<MatchEmployerRank> MatchEmployerRanks => Set<MatchEmployerRank>();

    public DbSet<MatchRun> MatchRuns => Set<MatchRun>();

    public DbSet<MatchOutcome> MatchOutcomes => Set<MatchOutcome>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportFile> ReportFiles => Set<ReportFile>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<Term> Terms => Set<Term>();

    public DbSet<ContactLogEntry> ContactLog => Set<ContactLogEntry>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();

    public DbSet<PathwayStateCourse> PathwayStateCourses => Set<PathwayStateCourse>();

    public DbSet<PlacementStateReporting> PlacementStateReporting => Set<PlacementStateReporting>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    /// <summary>The API's refresh tokens (hashed): sign-in state, not a use case's data, so not on <see cref="IAppDbContext"/>.</summary>
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<RosterImport> RosterImports => Set<RosterImport>();

    public DbSet<RosterImportFile> RosterImportFiles => Set<RosterImportFile>();

    public DbSet<PathwaySuggestion> PathwaySuggestions => Set<PathwaySuggestion>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<InterestProfile> InterestProfiles => Set<InterestProfile>();

    /// <summary>The Data Protection key ring, shared by every node (docs/adr/0012): a cookie or token sealed on one opens on another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The Open Badges issuer's signing keys, private halves sealed with Data Protection (docs/adr/0012).</summary>
    public DbSet<StoredIssuerKey> IssuerKeys => Set<StoredIssuerKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.HasDbFunction(typeof(Like).GetMethod(nameof(Like.Matches))!).HasTranslation(CaseInsensitiveLike);
    }

    /// <summary>
    /// How <see cref="Like.Matches"/> reads in this provider's SQL: LIKE, which ignores case on SQLite (ASCII letters)
    /// and under SQL Server's usual case-insensitive collations. The model is built once and shared by every instance of
    /// the context, so this must be a static function of its arguments (the column, the pattern), capturing nothing.
    /// </summary>
    protected virtual Func<IReadOnlyList<SqlExpression>, SqlExpression> CaseInsensitiveLike { get; } =
        static arguments => new LikeExpression(arguments[0], arguments[1], EscapeCharacter(arguments[1]), BoolTypeMapping.Default);

    /// <summary>The escape character of <see cref="Like.Contains"/>'s patterns, typed as the pattern is.</summary>
    protected static SqlExpression EscapeCharacter(SqlExpression pattern) => new SqlConstantExpression(Like.Escape, pattern.TypeMapping);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Timestamps are stored in UTC; say so when they are read back, so JSON carries the 'Z'.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) =>
        SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // The context never opens a transaction of its own (docs/adr/0006): a command's is opened by the unit-of-work
        // behaviour. Without one, the work an event causes could not commit with the change that raised it.
        if (Database.CurrentTransaction is null && HasDomainEvents())
        {
            throw new InvalidOperationException(
                "These changes raise domain events, which are handled only inside a unit of work: send a command (the unit-of-work "
                + "behaviour opens the transaction), or, for start-up work that is not a request, begin a transaction first.");
        }

        return await SaveAndDispatchAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public Task LockForTransactionAsync(string resource, int id, CancellationToken cancellationToken) =>
        Database.CurrentTransaction is null
            ? throw new InvalidOperationException("A lock for the transaction needs one: take it inside a command.")
            : LockAsync(resource, id, cancellationToken);

    /// <summary>The provider's lock for <see cref="LockForTransactionAsync"/>. SQLite needs none: a command's transaction locks the whole file.</summary>
    protected virtual Task LockAsync(string resource, int id, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Synchronous saves are for infrastructure that offers no other (the Data Protection key ring): they may not carry
    /// domain events, which are handled only asynchronously.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (HasDomainEvents())
        {
            throw new NotSupportedException("Save asynchronously, so domain events are handled.");
        }

        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Saves, then runs the handlers of the events the saved changes raised (new records have their ids by then),
    /// then saves what the handlers changed, until no events are left.
    /// </summary>
    private async Task<int> SaveAndDispatchAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var saved = 0;
        for (var round = 1; ; round++)
        {
            BumpVersions();
            saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

            var events = TakeDomainEvents();
            if (events.Count == 0)
            {
                return saved;
            }

            if (round == MaxEventRounds)
            {
                throw new InvalidOperationException("Domain events kept raising further events; look for a cycle between handlers.");
            }

            if (Publisher is not { } publisher)
            {
                throw new InvalidOperationException("This context was created without a publisher and cannot handle domain events.");
            }

            foreach (var domainEvent in events)
            {
                // By runtime type: the generated mediator routes each event type to its own handlers.
                await publisher.Publish((object)domainEvent, cancellationToken);
            }
        }
    }

    private bool HasDomainEvents() => ChangeTracker.Entries<Entity>().Any(e => e.Entity.DomainEvents.Count > 0);

    private List<IDomainEvent> TakeDomainEvents()
    {
        var entities = ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        var events = entities.SelectMany(e => e.DomainEvents).ToList();
        entities.ForEach(e => e.ClearDomainEvents());
        return events;
    }

    /// <summary>
    /// Every update of a versioned aggregate checks the version it read and writes the next one. That includes a change
    /// only to what it holds in a JSON column (an award's evidence): EF Core leaves the owner Unchanged then, and the
    /// version is what public caches and ETags are keyed by.
    /// </summary>
    private void BumpVersions()
    {
        var changed = ChangeTracker.Entries<IConcurrencyVersioned>().Where(e => e.State == EntityState.Modified).ToList();
        changed.AddRange(OwnersOfChangedJson().Where(e => e.State == EntityState.Unchanged));
        foreach (var entry in changed.Distinct())
        {
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
            version.IsModified = true;
        }
    }

    /// <summary>The versioned owners of JSON-mapped entities added, changed or removed since they were read.</summary>
    private List<EntityEntry<IConcurrencyVersioned>> OwnersOfChangedJson()
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.Metadata.IsMappedToJson() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0)
        {
            return [];
        }

        // Every tracked entry by type and key, once: a bulk insert can hold thousands of new owned rows.
        var byKey = ChangeTracker.Entries()
            .Where(e => e.Metadata.FindPrimaryKey() is not null)
            .ToLookup(e => (e.Metadata, KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties, original: false)));
        var owners = new List<EntityEntry<IConcurrencyVersioned>>();
        foreach (var owned in changed)
        {
            var entry = owned;
            while (entry is not null && entry.Metadata.IsOwned())
            {
                var ownership = entry.Metadata.FindOwnership()!;
                entry = byKey[(ownership.PrincipalEntityType, KeyOf(entry, ownership.Properties, entry.State == EntityState.Deleted))].FirstOrDefault();
            }

            if (entry?.Entity is IConcurrencyVersioned versioned)
            {
                owners.Add(Entry(versioned));
            }
        }

        return owners;
    }

    private static string KeyOf(EntityEntry entry, IEnumerable<IProperty> properties, bool original) =>
        string.Join('|', properties.Select(p => original ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue));

    internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
