using Internships.Application.Common.Exports;

namespace Internships.Application.Features.Badges;

/// <summary>The badges awarded, filtered as the awards list is (its own parameters), as CSV or XLSX (coordinators).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ExportAwardsQuery(ListAwardsQuery Filter, ExportFormat Format) : IQuery<ExportFile>;

public sealed class ExportAwardsHandler(IAppDbContext db, Exporter exporter) : IQueryHandler<ExportAwardsQuery, ExportFile>
{
    private static readonly ExportColumn<Row>[] Columns =
    [
        new("Award", r => r.Id.ToString()), new("Badge", r => r.Badge), new("Recipient", r => r.Recipient), new("SIS id", r => r.SisId),
        new("Placement", r => r.PlacementId), new("Issued", r => r.IssuedAt), new("Expires", r => r.ExpiresAt), new("Revoked", r => r.RevokedAt),
        new("Revocation reason", r => r.RevocationReason),
    ];

    public async ValueTask<ExportFile> Handle(ExportAwardsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.BadgeAwards.AsNoTracking().Filter(query.Filter)
            .OrderByDescending(a => a.IssuedAt).ThenByDescending(a => a.Id).Take(Exporter.MaxRows)
            .Select(a => new Row(a.PublicId, a.BadgeClass!.Name, a.RecipientName,
                db.Students.Where(s => s.Id == a.RecipientStudentId).Select(s => s.SisId).FirstOrDefault(),
                a.PlacementId, a.IssuedAt, a.ExpiresAt, a.RevokedAt, a.RevocationReason))
            .ToListAsync(cancellationToken);
        return await exporter.ExportAsync("badges-awarded", query.Filter, Columns, rows, query.Format, cancellationToken);
    }

    private sealed record Row(Guid Id, string Badge, string Recipient, string? SisId, int? PlacementId, DateTime IssuedAt, DateTime? ExpiresAt,
        DateTime? RevokedAt, string? RevocationReason);
}
