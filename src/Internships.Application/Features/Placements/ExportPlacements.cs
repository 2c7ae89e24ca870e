using Internships.Application.Common.Exports;
using Internships.Application.Features.Terms;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>
/// The placements list, filtered as on screen (the list's own parameters), with approved hours and the wages they earned,
/// as CSV or XLSX: coordinators every placement, an employer admin their organisation's (as the list shows them).
/// </summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record ExportPlacementsQuery(ListPlacementsQuery Filter, ExportFormat Format) : IQuery<ExportFile>;

public sealed class ExportPlacementsHandler(IAppDbContext db, ICurrentUser user, Exporter exporter) : IQueryHandler<ExportPlacementsQuery, ExportFile>
{
    private static readonly ExportColumn<Row>[] Columns =
    [
        new("Placement", r => r.Id), new("SIS id", r => r.SisId), new("Student", r => r.Student), new("School", r => r.School),
        new("Grade", r => r.Grade), new("Internship", r => r.Posting), new("Employer", r => r.Employer), new("Start", r => r.StartDate),
        new("End", r => r.EndDate), new("Status", r => r.Status.ToString()), new("Hourly wage", r => r.HourlyWage),
        new("Required hours", r => r.RequiredHours), new("Approved hours", r => r.ApprovedHours), new("Wages earned", r => r.Wages),
        new("Missing documents", r => r.MissingDocuments),
    ];

    public async ValueTask<ExportFile> Handle(ExportPlacementsQuery query, CancellationToken cancellationToken)
    {
        var f = query.Filter;
        var placements = db.Placements.AsNoTracking().VisibleTo(user)
            .Filter(db, f.Status, f.EmployerId, await db.FindTermOrNullAsync(f.TermId, cancellationToken), f.SchoolId, f.MissingPaperwork, f.HoursWaiting);
        var found = await placements.OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id).Take(Exporter.MaxRows)
            .Select(p => new
            {
                p.Id, p.Student!.SisId, Student = p.Student.FirstName + " " + p.Student.LastName, p.Student.Grade,
                School = db.Schools.Where(s => s.Id == p.Student.SchoolId).Select(s => s.Name).First(),
                p.Posting!.Title, Employer = p.Posting.Employer!.Name, p.StartDate, p.EndDate, p.Status, p.HourlyWage, p.RequiredHours,
                p.IsMinor, Documents = p.Documents.Count,
            })
            .ToListAsync(cancellationToken);
        var ids = found.Select(p => p.Id).ToList();
        var approved = (await db.TimesheetEntries.AsNoTracking().Where(t => t.Status == TimesheetStatus.Approved && ids.Contains(t.PlacementId))
                .Select(t => new { t.PlacementId, t.Hours }).ToListAsync(cancellationToken))
            .GroupBy(t => t.PlacementId).ToDictionary(g => g.Key, g => g.Sum(t => t.Hours));
        var rows = found.Select(p =>
        {
            var hours = approved.GetValueOrDefault(p.Id);
            return new Row(p.Id, p.SisId, p.Student, p.School, p.Grade, p.Title, p.Employer, p.StartDate, p.EndDate, p.Status, p.HourlyWage,
                p.RequiredHours, hours, Math.Round(hours * p.HourlyWage, 2), Math.Max(0, (p.IsMinor ? 3 : 1) - p.Documents));
        }).ToList();
        return await exporter.ExportAsync("placements", f, Columns, rows, query.Format, cancellationToken);
    }

    private sealed record Row(int Id, string SisId, string Student, string School, int Grade, string Posting, string Employer, DateOnly StartDate,
        DateOnly EndDate, PlacementStatus Status, decimal HourlyWage, decimal RequiredHours, decimal ApprovedHours, decimal Wages, int MissingDocuments);
}
