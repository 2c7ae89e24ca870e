using Internships.Application.Common.Exports;
using Internships.Application.Features.Terms;

namespace Internships.Application.Features.Contacts;

/// <summary>The contact log (site visits and contacts), filtered as on screen (the list's own parameters), as CSV or XLSX (coordinators).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ExportContactsQuery(ListContactsQuery Filter, ExportFormat Format) : IQuery<ExportFile>;

public sealed class ExportContactsValidator : AbstractValidator<ExportContactsQuery>
{
    public ExportContactsValidator() => RuleFor(x => x.Filter).SetValidator(new ListContactsValidator());
}

public sealed class ExportContactsHandler(IAppDbContext db, IClock clock, Exporter exporter) : IQueryHandler<ExportContactsQuery, ExportFile>
{
    private static readonly ExportColumn<ContactDto>[] Columns =
    [
        new("Date", c => c.OccurredOn), new("Kind", c => c.Kind.ToString()), new("Student", c => c.StudentName), new("Employer", c => c.EmployerName),
        new("Placement", c => c.PlacementId), new("With", c => string.Join(", ", c.With)), new("People", c => c.People), new("Notes", c => c.Notes),
        new("Follow-up", c => c.FollowUp), new("Follow-up due", c => c.FollowUpDueOn), new("Follow-up done", c => c.FollowUpDoneOn),
        new("Recorded by", c => c.RecordedBy),
    ];

    public async ValueTask<ExportFile> Handle(ExportContactsQuery query, CancellationToken cancellationToken)
    {
        var f = query.Filter;
        var rows = await db.ContactLog.AsNoTracking()
            .Filter(f.PlacementId, f.StudentId, f.EmployerId, f.Kind, f.From, f.To, await db.FindTermOrNullAsync(f.TermId, cancellationToken), f.FollowUp)
            .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id).Take(Exporter.MaxRows)
            .SelectDto(db, clock.Today).ToListAsync(cancellationToken);
        return await exporter.ExportAsync("site-visits", f, Columns, rows, query.Format, cancellationToken);
    }
}
