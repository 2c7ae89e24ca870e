using Internships.Domain.Roster;
using Microsoft.Extensions.Logging;

namespace Internships.Application.Features.Roster;

/// <summary>
/// Imports one uploaded roster (the import job, as the system identity): reads the zip stored with it and applies it
/// in this command's transaction, or records its errors and applies nothing (see <see cref="RosterImporter"/>).
/// Idempotent: an import already done is left alone, so a retry or a second job changes nothing. An import still not
/// done <see cref="RosterRules.GiveUpAfter"/> after its upload (every attempt failed and rolled back) is marked failed
/// instead of tried again, so that it does not stay queued for ever.
/// </summary>
[Authorize(Roles.System)]
public sealed record ProcessRosterImportCommand(int ImportId) : ICommand<RosterImportStatus?>;

public sealed partial class ProcessRosterImportHandler(IAppDbContext db, RosterImporter importer, IClock clock, ILogger<ProcessRosterImportHandler> logger)
    : ICommandHandler<ProcessRosterImportCommand, RosterImportStatus?>
{
    public async ValueTask<RosterImportStatus?> Handle(ProcessRosterImportCommand command, CancellationToken cancellationToken)
    {
        var import = await db.RosterImports.FirstOrDefaultAsync(i => i.Id == command.ImportId, cancellationToken);
        if (import is null)
        {
            LogMissing(command.ImportId);
            return null;
        }

        if (import.IsDone)
        {
            return import.Status;
        }

        if (clock.UtcNow - import.RequestedAt > RosterRules.GiveUpAfter)
        {
            LogGaveUp(import.Id);
            import.Fail(RosterFileMode.Absent, [(import.FileName, null, null,
                "The import could not be completed: every attempt failed (the job dashboard says why). Nothing was changed; upload the files again.")],
                clock.UtcNow);
            return import.Status;
        }

        var zip = await db.RosterImportFiles.AsNoTracking().Where(f => f.ImportId == import.Id).Select(f => f.Content).FirstAsync(cancellationToken);
        await importer.RunAsync(import, zip, cancellationToken);

        // Counts only: the rows are education records and stay out of the log.
        LogImported(import.Id, import.Status, import.DryRun, import.Students.Created, import.Students.Updated, import.Students.Deactivated, import.ErrorCount);
        return import.Status;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster import {ImportId} does not exist; nothing to import")]
    private partial void LogMissing(int importId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Roster import {ImportId} kept failing; it is marked failed")]
    private partial void LogGaveUp(int importId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Roster import {ImportId}: {Status} (dry run {DryRun}); students created {Created}, updated {Updated}, deactivated {Deactivated}; {Errors} errors")]
    private partial void LogImported(int importId, RosterImportStatus status, bool dryRun, int created, int updated, int deactivated, int errors);
}
