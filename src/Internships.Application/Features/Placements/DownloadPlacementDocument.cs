using Internships.Application.Common.Files;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>The signed copy of a placement's document (coordinators: it is the student's record, a family's consent among it).</summary>
[Authorize(Roles.Coordinator)]
public sealed record DownloadPlacementDocumentQuery(int PlacementId, PlacementDocumentType Type) : IQuery<FileDownload>;

public sealed class DownloadPlacementDocumentHandler(IAppDbContext db) : IQueryHandler<DownloadPlacementDocumentQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadPlacementDocumentQuery query, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(query.PlacementId, cancellationToken);
        var fileId = placement.Documents.FirstOrDefault(d => d.Type == query.Type)?.FileId;
        return await db.ReadStoredFileAsync(fileId, "No signed copy of this document was uploaded.", cancellationToken);
    }
}
