using Internships.Application.Common.Exports;
using Internships.Application.Features.Terms;
using Internships.Domain.Applications;

namespace Internships.Application.Features.Applications;

/// <summary>
/// Applications as CSV or XLSX (coordinators): a posting's (the applicants list's own <c>postingId</c> and <c>status</c>),
/// or district-wide by employer, school and term (applications to postings that run during the term).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ExportApplicationsQuery(
    ExportFormat Format,
    int? PostingId = null,
    ApplicationStatus? Status = null,
    int? EmployerId = null,
    int? SchoolId = null,
    int? TermId = null) : IQuery<ExportFile>;

public sealed class ExportApplicationsHandler(IAppDbContext db, Exporter exporter) : IQueryHandler<ExportApplicationsQuery, ExportFile>
{
    private static readonly ExportColumn<Row>[] Columns =
    [
        new("Application", r => r.Id), new("Internship", r => r.Posting), new("Employer", r => r.Employer), new("SIS id", r => r.SisId),
        new("Student", r => r.Student), new("Grade", r => r.Grade), new("School", r => r.School), new("Status", r => r.Status.ToString()),
        new("Rank", r => r.Rank), new("Submitted", r => r.SubmittedAt), new("Decision note", r => r.DecisionNote),
    ];

    public async ValueTask<ExportFile> Handle(ExportApplicationsQuery query, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking();
        if (query.PostingId is { } postingId)
        {
            applications = applications.Where(a => a.PostingId == postingId);
        }

        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        if (query.EmployerId is { } employerId)
        {
            applications = applications.Where(a => db.Postings.Any(p => p.Id == a.PostingId && p.EmployerId == employerId));
        }

        if (query.SchoolId is { } schoolId)
        {
            applications = applications.Where(a => db.Students.Any(s => s.Id == a.StudentId && s.SchoolId == schoolId));
        }

        if (await db.FindTermOrNullAsync(query.TermId, cancellationToken) is { } term)
        {
            applications = applications.Where(a => db.Postings.Any(p => p.Id == a.PostingId && p.StartDate <= term.EndDate && p.EndDate >= term.StartDate));
        }

        var rows = await applications.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Take(Exporter.MaxRows)
            .Select(a => new Row(a.Id,
                db.Postings.Where(p => p.Id == a.PostingId).Select(p => p.Title).First(),
                db.Postings.Where(p => p.Id == a.PostingId).Select(p => p.Employer!.Name).First(),
                db.Students.Where(s => s.Id == a.StudentId).Select(s => s.SisId).First(),
                db.Students.Where(s => s.Id == a.StudentId).Select(s => s.FirstName + " " + s.LastName).First(),
                db.Students.Where(s => s.Id == a.StudentId).Select(s => s.Grade).First(),
                db.Students.Where(s => s.Id == a.StudentId).Select(s => db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First()).First(),
                a.Status, a.Rank, a.SubmittedAt, a.DecisionNote))
            .ToListAsync(cancellationToken);
        return await exporter.ExportAsync("applications", query, Columns, rows, query.Format, cancellationToken);
    }

    private sealed record Row(int Id, string Posting, string Employer, string SisId, string Student, int Grade, string School, ApplicationStatus Status,
        int? Rank, DateTime SubmittedAt, string? DecisionNote);
}
