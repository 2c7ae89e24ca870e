namespace Internships.Application.Features.Roster;

/// <summary>An import with its totals, its errors and the changes it made (or, dry, would make).</summary>
[Authorize(Roles.Coordinator)]
public sealed record GetRosterImportQuery(int ImportId) : IQuery<RosterImportDto>;

public sealed class GetRosterImportHandler(IAppDbContext db, RosterImportProgress progress) : IQueryHandler<GetRosterImportQuery, RosterImportDto>
{
    public async ValueTask<RosterImportDto> Handle(GetRosterImportQuery query, CancellationToken cancellationToken)
    {
        var import = await db.RosterImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.ImportId, cancellationToken)
            ?? throw NotFoundException.For("Roster import", query.ImportId);
        var errors = await db.RosterImports.Where(i => i.Id == import.Id).SelectMany(i => i.Errors).OrderBy(e => e.Id)
            .Select(e => new RosterImportErrorDto(e.File, e.Line, e.Field, e.Message)).ToListAsync(cancellationToken);
        var changes = await db.RosterImports.Where(i => i.Id == import.Id).SelectMany(i => i.Changes).OrderBy(c => c.Id)
            .Select(c => new RosterImportChangeDto(c.Entity, c.Kind, c.SourcedId, c.Name, c.Detail)).ToListAsync(cancellationToken);
        return RosterImportDto.From(import, progress.Current(import), errors, changes);
    }
}
