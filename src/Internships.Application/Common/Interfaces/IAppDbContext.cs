using Internships.Domain.Applications;
using Internships.Domain.Badges;
using Internships.Domain.Documents;
using Internships.Domain.Evaluations;
using Internships.Domain.Matching;
using Internships.Domain.Notifications;
using Internships.Domain.Placements;
using Internships.Domain.Employers;
using Internships.Domain.Pathways;
using Internships.Domain.Postings;
using Internships.Domain.Reports;
using Internships.Domain.Schools;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore;
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

    DatabaseFacade Database { get; }

    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
