using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>
/// Applies what a dry run previewed: a new import of the same zip and coordinator mapping, run by the job like any
/// upload (the files are read again, against the records as they are by then).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ApplyRosterImportCommand(int ImportId) : ICommand<RosterImportDto>;

public sealed class ApplyRosterImportHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ApplyRosterImportCommand, RosterImportDto>
{
    public async ValueTask<RosterImportDto> Handle(ApplyRosterImportCommand command, CancellationToken cancellationToken)
    {
        var preview = await db.RosterImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == command.ImportId, cancellationToken)
            ?? throw NotFoundException.For("Roster import", command.ImportId);
        var zip = await db.RosterImportFiles.Where(f => f.ImportId == preview.Id).Select(f => f.Content).FirstAsync(cancellationToken);
        var file = preview.Apply(zip, user.UserName ?? "unknown", user.UserId, clock.UtcNow);
        db.RosterImportFiles.Add(file);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return RosterImportDto.From(file.Import!, progress: null);
    }
}
