using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>A report's state: where to poll it (<paramref name="Url"/>) and, once ready, where to download it.</summary>
public sealed record ReportDto(
    int Id,
    ReportKind Kind,
    ReportStatus Status,
    int? PlacementId,
    string? TermName,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    string RequestedBy,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    int Attempts,
    string? Error,
    string? FileName,
    long? FileSize,
    int? PageCount,
    string Url,
    string? FileUrl)
{
    public static ReportDto From(Report r) => new(
        r.Id, r.Kind, r.Status, r.PlacementId, r.TermName, r.TermStart, r.TermEnd, r.RequestedBy, r.RequestedAt, r.StartedAt, r.CompletedAt,
        r.Attempts, r.Error, r.FileName, r.FileSize, r.PageCount, $"/api/reports/{r.Id}",
        r.Status == ReportStatus.Ready ? $"/api/reports/{r.Id}/file" : null);
}
