using System.Text;
using Internships.Application.Common.Exports;
using Internships.Domain.Audit;

namespace Internships.Application.Features.StateReporting;

/// <summary>
/// The WBLR file for an academic year, ready to upload to CALPADS (coordinators). While placements have errors the file
/// is refused (409, listing them) unless <c>skipInvalid</c> says to leave those placements out knowingly; either way the
/// download is written to the audit trail.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record DownloadWblrFileQuery(int Year, bool SkipInvalid = false) : IQuery<ExportFile>;

public sealed class DownloadWblrFileValidator : AbstractValidator<DownloadWblrFileQuery>
{
    public DownloadWblrFileValidator(IClock clock) =>
        RuleFor(x => x.Year).InclusiveBetween(2020, WblrLayout.AcademicYearOf(clock.Today))
            .WithMessageKey("Calpads.YearOutOfRange");
}

public sealed class DownloadWblrFileHandler(IAppDbContext db, CalpadsSettings settings, IAuditTrail trail, ICurrentUser user, IClock clock)
    : IQueryHandler<DownloadWblrFileQuery, ExportFile>
{
    public async ValueTask<ExportFile> Handle(DownloadWblrFileQuery query, CancellationToken cancellationToken)
    {
        var extract = await db.BuildWblrExtractAsync(settings, query.Year, cancellationToken);
        if (extract.Errors.Count > 0 && !query.SkipInvalid)
        {
            var problems = string.Join(" ", extract.Errors.Select(e => e.Message).Distinct().Take(10));
            throw new Common.Exceptions.ConflictException(Domain.Common.RuleKeys.StateReporting.CannotReportYet,
                $"{extract.Errors.Count} placement(s) cannot be reported yet: " + problems + " Fix them, or download with skipInvalid=true to leave them out.",
                extract.Errors.Count, problems);
        }

        var text = new StringBuilder();
        foreach (var record in extract.Records)
        {
            text.Append(WblrLayout.Line(record.Fields)).Append("\r\n");
        }

        await trail.RecordAsync([new AuditEntry(clock.UtcNow, user.UserId, user.UserName, AuditAction.Exported, "Export", "calpads-wblr",
            $"{extract.AcademicYear}: {extract.Records.Count} records, {extract.Errors.Count} errors left out", [])], cancellationToken);
        return new ExportFile(new UTF8Encoding(false).GetBytes(text.ToString()), "text/plain; charset=utf-8", extract.FileName);
    }
}
