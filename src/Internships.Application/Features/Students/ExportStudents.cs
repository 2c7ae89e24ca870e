using Internships.Application.Common.Exports;
using Internships.Application.Features.Terms;

namespace Internships.Application.Features.Students;

/// <summary>The students list, filtered as on screen (the list's own parameters), as CSV or XLSX (coordinators).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ExportStudentsQuery(ListStudentsQuery Filter, ExportFormat Format) : IQuery<ExportFile>;

public sealed class ExportStudentsValidator : AbstractValidator<ExportStudentsQuery>
{
    public ExportStudentsValidator() => RuleFor(x => x.Filter).SetValidator(new ListStudentsValidator());
}

public sealed class ExportStudentsHandler(IAppDbContext db, Exporter exporter) : IQueryHandler<ExportStudentsQuery, ExportFile>
{
    private static readonly ExportColumn<Row>[] Columns =
    [
        new("SIS id", r => r.SisId), new("SSID", r => r.Ssid), new("First name", r => r.FirstName), new("Last name", r => r.LastName),
        new("Email", r => r.Email), new("Grade", r => r.Grade), new("Date of birth", r => r.DateOfBirth), new("School", r => r.School),
        new("Active", r => r.IsActive), new("Pathways", r => string.Join("; ", r.Pathways)),
    ];

    public async ValueTask<ExportFile> Handle(ExportStudentsQuery query, CancellationToken cancellationToken)
    {
        var term = await db.FindTermOrNullAsync(query.Filter.TermId, cancellationToken);
        var rows = await db.Students.AsNoTracking().Filter(db, query.Filter, term)
            .OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id).Take(Exporter.MaxRows)
            .Select(s => new Row(s.SisId, s.Ssid, s.FirstName, s.LastName, s.Email, s.Grade, s.DateOfBirth,
                db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First(), s.IsActive,
                s.Enrolments.Where(e => e.EndedOn == null).Select(e => db.Pathways.Where(p => p.Id == e.PathwayId).Select(p => p.Name).First()).ToList()))
            .ToListAsync(cancellationToken);
        return await exporter.ExportAsync("students", query.Filter, Columns, rows, query.Format, cancellationToken);
    }

    private sealed record Row(string SisId, string? Ssid, string FirstName, string LastName, string Email, int Grade, DateOnly DateOfBirth,
        string School, bool IsActive, List<string> Pathways);
}
