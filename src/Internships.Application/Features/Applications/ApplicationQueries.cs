using Internships.Domain.Applications;

namespace Internships.Application.Features.Applications;

/// <summary>Reading applications as their viewers see them, and the load-change-read-back every decision on one goes through.</summary>
internal static class ApplicationQueries
{
    /// <summary>Applications nobody acts on any more (declined, rejected, withdrawn): the employer's pages fold them away.</summary>
    public static readonly ApplicationStatus[] Settled = [ApplicationStatus.Declined, ApplicationStatus.Rejected, ApplicationStatus.Withdrawn];

    /// <summary>Applications the employer acts on next (new, then under review), before offers and acceptances.</summary>
    public static readonly ApplicationStatus[] Actionable = [ApplicationStatus.Submitted, ApplicationStatus.UnderReview];

    public static IQueryable<ApplicationDto> SelectDto(this IAppDbContext db, IQueryable<InternshipApplication> applications,
        bool includeRank, DateOnly today)
    {
        var adultBornOnOrBefore = AdultBornOnOrBefore(today);
        return applications.Select(a => new ApplicationDto(
            a.Id,
            a.PostingId,
            a.Posting!.Title,
            a.Posting.EmployerId,
            a.Posting.Employer!.Name,
            new ApplicantDto(a.StudentId, a.Student!.FirstName, a.Student.LastName, a.Student.Grade,
                db.Schools.Where(s => s.Id == a.Student.SchoolId).Select(s => s.Name).First(),
                a.Student.DateOfBirth > adultBornOnOrBefore),
            a.Statement,
            includeRank ? a.Rank : null,
            a.Status,
            a.SubmittedAt,
            a.StatusChangedAt,
            a.DecisionNote));
    }

    /// <summary>Applicants born after this day are minors <paramref name="today"/>.</summary>
    public static DateOnly AdultBornOnOrBefore(DateOnly today) => today.AddYears(-Domain.Students.Student.AdultAge);

    public static async Task<ApplicationDto> ReadApplicationAsync(this IAppDbContext db, int applicationId, bool includeRank,
        DateOnly today, CancellationToken cancellationToken) =>
        await db.SelectDto(db.Applications.AsNoTracking().Where(a => a.Id == applicationId), includeRank, today)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Application", applicationId);

    /// <summary>
    /// Loads an application with its posting, lets the use case move it through its state machine, saves,
    /// and reads it back as the caller sees it.
    /// </summary>
    public static async Task<ApplicationDto> ChangeApplicationAsync(this IAppDbContext db, int applicationId,
        Action<InternshipApplication> change, bool includeRank, IClock clock, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Posting).FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw NotFoundException.For("Application", applicationId);
        change(application);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadApplicationAsync(application.Id, includeRank, clock.Today, cancellationToken);
    }
}
