using Internships.Domain.Common;
using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

public sealed record ReportFileDto(string FileName, byte[] Content);

/// <summary>A ready report's PDF; before it is ready, a 409 that says where it stands.</summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record DownloadReportQuery(int ReportId) : IQuery<ReportFileDto>;

public sealed class DownloadReportAuthorizer(IAppDbContext db, ICurrentUser user, RecordAccess access) : IResourceAuthorizer<DownloadReportQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(DownloadReportQuery request, CancellationToken cancellationToken) =>
        ReportAccess.ToViewReportAsync(db, user, access, request.ReportId, cancellationToken);
}

public sealed class DownloadReportHandler(IAppDbContext db) : IQueryHandler<DownloadReportQuery, ReportFileDto>
{
    public async ValueTask<ReportFileDto> Handle(DownloadReportQuery query, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().Where(r => r.Id == query.ReportId)
            .Select(r => new { r.Status, r.FileName, r.Error })
            .FirstOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Report", query.ReportId);
        if (report.Status != ReportStatus.Ready)
        {
            var state = report.Status.ToString().ToLowerInvariant();
            throw report.Status == ReportStatus.Failed
                ? new ConflictException(RuleKeys.Reports.Failed, "The report failed; request it again.")
                : new ConflictException(RuleKeys.Reports.NotReady, $"The report is {state}; try again when it is ready.", RuleMessage.Word("State", state));
        }

        var content = await db.ReportFiles.AsNoTracking().Where(f => f.ReportId == query.ReportId).Select(f => f.Content)
            .FirstAsync(cancellationToken);
        return new ReportFileDto(report.FileName ?? $"report-{query.ReportId}.pdf", content);
    }
}
