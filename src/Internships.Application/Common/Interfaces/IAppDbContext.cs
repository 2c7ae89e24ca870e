using Internships.Domain.Accounts;
using Internships.Domain.Applications;
using Internships.Domain.Badges;
using Internships.Domain.Documents;
using Internships.Domain.Evaluations;
using Internships.Domain.Guidance;
using Internships.Domain.Matching;
using Internships.Domain.Notifications;
using Internships.Domain.Placements;
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
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Internships.Application.Common.Interfaces;

/// <summary>The application's view of the database: handlers query and change aggregates through it, no repositories.</summary>
public interface IAppDbContext
{
    DbSet<School> Schools { get; }

    DbSet<CareerPathway> Pathways { get; }

    DbSet<Student> Students { get; }

    DbSet<PathwayEnrolment> PathwayEnrolments { get; }

    DbSet<Employer> Employers { get; }

    DbSet<Supervisor> Supervisors { get; }

    DbSet<InternshipPosting> Postings { get; }

    DbSet<InternshipApplication> Applications { get; }

    DbSet<Placement> Placements { get; }

    DbSet<TimesheetEntry> TimesheetEntries { get; }

    DbSet<RubricCompetency> RubricCompetencies { get; }

    DbSet<Evaluation> Evaluations { get; }

    DbSet<BadgeClass> BadgeClasses { get; }

    DbSet<BadgeAward> BadgeAwards { get; }

    DbSet<BadgeClaim> BadgeClaims { get; }

    DbSet<BadgeProposal> BadgeProposals { get; }

    DbSet<Programme> Programmes { get; }

    DbSet<Cohort> Cohorts { get; }

    DbSet<StaffCompletionTally> StaffCompletionTallies { get; }

    DbSet<ProgrammeEnrolment> ProgrammeEnrolments { get; }

    DbSet<MatchRound> MatchRounds { get; }

    DbSet<MatchParticipant> MatchParticipants { get; }

    DbSet<MatchChoice> MatchChoices { get; }

    DbSet<MatchEmployerRank> MatchEmployerRanks { get; }

    DbSet<MatchRun> MatchRuns { get; }

    DbSet<MatchOutcome> MatchOutcomes { get; }

    DbSet<Report> Reports { get; }

    DbSet<ReportFile> ReportFiles { get; }

    /// <summary>Uploaded documents; read one only to serve it.</summary>
    DbSet<StoredFile> StoredFiles { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<NotificationPreference> NotificationPreferences { get; }

    DbSet<Term> Terms { get; }

    DbSet<ContactLogEntry> ContactLog { get; }

    /// <summary>Read only: rows are written by the persistence layer's audit writer, never changed or removed.</summary>
    DbSet<AuditEntry> AuditTrail { get; }

    DbSet<PathwayStateCourse> PathwayStateCourses { get; }

    DbSet<PlacementStateReporting> PlacementStateReporting { get; }

    DbSet<Invitation> Invitations { get; }

    DbSet<RosterImport> RosterImports { get; }

    DbSet<RosterImportFile> RosterImportFiles { get; }

    DbSet<PathwaySuggestion> PathwaySuggestions { get; }

    DbSet<StaffMember> StaffMembers { get; }

    DbSet<InterestProfile> InterestProfiles { get; }

    DatabaseFacade Database { get; }

    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>The record of that entity type with that primary key, tracked (the one a later query returns); null when there is none.</summary>
    ValueTask<object?> FindAsync(Type entityType, object?[]? keyValues, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the commands that change one busy record take turns: waits until no other transaction holds the lock named
    /// (<paramref name="resource"/>, <paramref name="id"/>), then holds it until this command's transaction ends. Take it
    /// before reading the record: each command then reads what the one before it committed, instead of racing it and
    /// retrying, and none waits for another's rows while holding rows that one needs (a deadlock). A database lock
    /// (PostgreSQL advisory lock, SQL Server application lock), so commands on other nodes take turns too; on SQLite
    /// commands already run one at a time, and it does nothing.
    /// </summary>
    Task LockForTransactionAsync(string resource, int id, CancellationToken cancellationToken);
}

public static class AppDbContextCompiledQueries
{
    /// <summary>
    /// The context itself, for queries compiled once with <c>EF.CompileAsyncQuery</c> (which take a <see cref="DbContext"/>):
    /// every <see cref="IAppDbContext"/> the persistence layer provides is one.
    /// </summary>
    public static DbContext AsDbContext(this IAppDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException($"{db.GetType().Name} is not a DbContext; compiled queries need one.");
}
