using FluentValidation.Results;
using Internships.Application.Features.Roster.OneRoster;
using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>
/// A coordinator uploads the zip of OneRoster 1.2 CSV files the student information system exported; a background job
/// imports it (or, for a dry run, reports what importing it would change). The zip is stored with the import, in the
/// same transaction. A zip that cannot be a OneRoster export at all (no manifest, a file the manifest lists missing, a
/// header without a required column) is refused here and now; the rows are checked by the job.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record StartRosterImportCommand(byte[] File, string? FileName, bool DryRun, string? Coordinators) : ICommand<RosterImportDto>;

public sealed class StartRosterImportValidator : AbstractValidator<StartRosterImportCommand>
{
    public StartRosterImportValidator()
    {
        RuleFor(x => x.File).Custom((file, context) =>
        {
            foreach (var (field, message) in RosterUpload.Problems(file))
            {
                context.AddFailure(new ValidationFailure(field, message));
            }
        });
        RuleFor(x => x.Coordinators).MaximumLength(RosterImport.MaxMappingLength).WithMessageKey("Roster.CoordinatorsTooLong");
    }
}

public sealed class StartRosterImportHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<StartRosterImportCommand, RosterImportDto>
{
    public async ValueTask<RosterImportDto> Handle(StartRosterImportCommand command, CancellationToken cancellationToken)
    {
        var fileName = string.IsNullOrWhiteSpace(command.FileName) ? "roster.zip" : Path.GetFileName(command.FileName.Trim());
        var file = RosterImport.Upload(command.File, fileName, command.DryRun, command.Coordinators, user.UserName ?? "unknown", user.UserId, clock.UtcNow);
        db.RosterImportFiles.Add(file);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return RosterImportDto.From(file.Import!, progress: null);
    }
}

/// <summary>What makes an upload unusable before its rows are read, as (field, message) pairs: the field is "file" or the file at fault.</summary>
public static class RosterUpload
{
    public static IEnumerable<(string Field, string Message)> Problems(byte[]? zip)
    {
        if (zip is null || zip.Length == 0)
        {
            return [("file", "Choose the zip of OneRoster files to upload.")];
        }

        if (zip.Length > RosterRules.MaxUploadBytes)
        {
            return [("file", $"The zip must be at most {RosterRules.MaxUploadBytes / 1024 / 1024} MB.")];
        }

        if (!OneRosterPackage.LooksLikeZip(zip))
        {
            return [("file", "The file is not a zip archive: upload the zip of OneRoster CSV files as the SIS exported it.")];
        }

        try
        {
            using var package = OneRosterPackage.Open(zip);
            return package.CheckStructure().Select(i => (i.File, i.Message)).ToList();
        }
        catch (InvalidDataException)
        {
            return [("file", "The zip archive is damaged and cannot be read.")];
        }
    }
}
