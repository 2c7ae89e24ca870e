using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Applications;

/// <summary>
/// An application as its student, the posting's employer or a coordinator sees it. The student's own ranking of
/// their choices is theirs and the district's: it is left out for employers.
/// </summary>
public sealed record ApplicationDto(
    int Id,
    int PostingId,
    string PostingTitle,
    int EmployerId,
    string EmployerName,
    ApplicantDto Applicant,
    string Statement,
    int? Rank,
    ApplicationStatus Status,
    DateTime SubmittedAt,
    DateTime StatusChangedAt,
    string? DecisionNote);

/// <summary>What an employer needs to know about an applicant, and no more (no birth date: only whether a minor).</summary>
public sealed record ApplicantDto(int StudentId, string FirstName, string LastName, int Grade, string SchoolName, bool IsMinor);

internal static class ApplicationReader
{
    public static IQueryable<ApplicationDto> SelectDto(this IAppDbContext db, IQueryable<InternshipApplication> applications,
        bool includeRank, DateOnly today)
    {
        var adultBornOnOrBefore = today.AddYears(-Domain.Students.Student.AdultAge);
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

    public static async Task<ApplicationDto> ReadApplicationAsync(this IAppDbContext db, int applicationId, bool includeRank,
        DateOnly today, CancellationToken cancellationToken) =>
        await db.SelectDto(db.Applications.AsNoTracking().Where(a => a.Id == applicationId), includeRank, today)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Application", applicationId);
}
