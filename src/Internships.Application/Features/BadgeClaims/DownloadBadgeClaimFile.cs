using Internships.Application.Common.Files;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>A claim's evidence file: for its student and its reviewers.</summary>
[Authorize(Roles.Student, Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record DownloadBadgeClaimFileQuery(int ClaimId) : IQuery<FileDownload>;

public sealed class DownloadBadgeClaimFileAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<DownloadBadgeClaimFileQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(DownloadBadgeClaimFileQuery request, CancellationToken cancellationToken) =>
        BadgeClaimRules.AccessAsync(db, user, request.ClaimId, BadgeClaimRules.Need.View, cancellationToken);
}

public sealed class DownloadBadgeClaimFileHandler(IAppDbContext db) : IQueryHandler<DownloadBadgeClaimFileQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadBadgeClaimFileQuery query, CancellationToken cancellationToken)
    {
        var fileId = await db.BadgeClaims.Where(c => c.Id == query.ClaimId).Select(c => c.EvidenceFileId).FirstOrDefaultAsync(cancellationToken);
        return await db.ReadStoredFileAsync(fileId, "The claim has no evidence file.", cancellationToken);
    }
}
