using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// A report's state: where to poll it (<paramref name="Url"/>) and, once ready, where to download it.
/// A placement's report names it by <paramref name="Placement"/> (the student and the posting), never by its number alone.
/// <paramref name="RequestedBy"/> (an account's e-mail address) is shown to coordinators and to whoever asked, to nobody else.
/// </summary>
public sealed record ReportDto(
    int Id,
    ReportKind Kind,
    ReportStatus Status,
    int? PlacementId,
    string? Placement,
    string? TermName,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    string? RequestedBy,
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
    /// <summary>The language the report is written in ("en-US", "es-US").</summary>
    public string Language { get; init; } = Languages.Default;

    public static ReportDto From(Report r, ICurrentUser user, string? placement) => new(
        r.Id, r.Kind, r.Status, r.PlacementId, placement, r.TermName, r.TermStart, r.TermEnd,
        user.IsInRole(Roles.Coordinator) || (user.UserId is { } me && r.RequestedByUserId == me) ? r.RequestedBy : null, r.RequestedAt, r.StartedAt, r.CompletedAt,
        r.Attempts, r.Error, r.FileName, r.FileSize, r.PageCount, $"/api/reports/{r.Id}",
        r.Status == ReportStatus.Ready ? $"/api/reports/{r.Id}/file" : null) { Language = r.Language };
}
