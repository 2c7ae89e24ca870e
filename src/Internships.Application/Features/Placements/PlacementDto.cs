using Internships.Domain.Evaluations;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>
/// A placement as its readers see it. <see cref="CompletionStillNeeds"/> says in English what it still needs to complete;
/// <see cref="CompletionNeeds"/> says the same as stable keys, for a client that writes them in its reader's language.
/// </summary>
public sealed record PlacementDto(
    int Id,
    int ApplicationId,
    int StudentId,
    string StudentName,
    int PostingId,
    string PostingTitle,
    int EmployerId,
    string EmployerName,
    int? SupervisorId,
    string? SupervisorName,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal HourlyWage,
    bool IsMinor,
    PlacementStatus Status,
    IReadOnlyList<PlacementDocumentType> RequiredDocuments,
    IReadOnlyList<PlacementDocumentDto> Documents,
    IReadOnlyList<PlacementDocumentType> MissingDocuments,
    HoursSummary Hours,
    IReadOnlyList<EvaluationKind> EvaluationsSubmitted,
    DateTime CreatedAt,
    DateTime? ActivatedAt,
    DateTime? CompletedAt,
    DateTime? EndedAt,
    string? EndReason,
    long Version,
    IReadOnlyList<string>? CompletionStillNeeds = null,
    IReadOnlyList<PlacementCompletionNeed>? CompletionNeeds = null) : IVersionedDto;

/// <summary>A verified document: the date on it, its expiry (work permits), who verified it, and whether its signed copy was uploaded.</summary>
public sealed record PlacementDocumentDto(PlacementDocumentType Type, DateOnly ReceivedOn, DateOnly? ExpiresOn, string VerifiedBy, DateTime RecordedAt, bool HasFile);

/// <summary>Hours by review state, what the approved ones earned, and how many are still needed to complete.</summary>
public sealed record HoursSummary(decimal Required, decimal Approved, decimal AwaitingApproval, decimal Returned, decimal Earnings, decimal StillNeeded)
{
    public static HoursSummary Of(decimal required, decimal wage, IEnumerable<(TimesheetStatus Status, decimal Hours)> entries)
    {
        var byStatus = entries.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Sum(e => e.Hours));
        var approved = byStatus.GetValueOrDefault(TimesheetStatus.Approved);
        return new HoursSummary(required, approved, byStatus.GetValueOrDefault(TimesheetStatus.Submitted),
            byStatus.GetValueOrDefault(TimesheetStatus.Returned), Math.Round(approved * wage, 2), Math.Max(0, required - approved));
    }
}
