using Internships.Application.Common.Files;

namespace Internships.Application.Features.Employers;

/// <summary>The signed partner agreement's PDF: for coordinators and the employer's own admins.</summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record DownloadPartnerAgreementQuery(int EmployerId) : IQuery<FileDownload>;

public sealed class DownloadPartnerAgreementAuthorizer(RecordAccess access) : IResourceAuthorizer<DownloadPartnerAgreementQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(DownloadPartnerAgreementQuery request, CancellationToken cancellationToken) =>
        access.ToManageEmployerAsync(request.EmployerId, cancellationToken);
}

public sealed class DownloadPartnerAgreementHandler(IAppDbContext db) : IQueryHandler<DownloadPartnerAgreementQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadPartnerAgreementQuery query, CancellationToken cancellationToken)
    {
        var fileId = await db.Employers.AsNoTracking().Where(e => e.Id == query.EmployerId).Select(e => e.PartnerAgreementFileId)
            .FirstOrDefaultAsync(cancellationToken);
        return await db.ReadStoredFileAsync(fileId, "No signed partner agreement was uploaded.", cancellationToken);
    }
}
