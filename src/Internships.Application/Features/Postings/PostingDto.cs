using Internships.Domain.Postings;

namespace Internships.Application.Features.Postings;

public sealed record PostingDto(
    int Id,
    int EmployerId,
    string EmployerName,
    int? SupervisorId,
    string Title,
    string Description,
    IReadOnlyList<PathwayRef> Pathways,
    decimal HourlyWage,
    decimal HoursPerWeek,
    DateOnly StartDate,
    DateOnly EndDate,
    int Slots,
    int FilledSlots,
    int RemainingSlots,
    string? Location,
    bool IsRemote,
    DateOnly ApplicationDeadline,
    IReadOnlyList<int> EligibleGrades,
    int? MinimumAge,
    decimal RequiredHours,
    IReadOnlyList<BadgeRef> RequiredBadges,
    PostingStatus Status,
    string? ReturnReason,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateTime? OpenedAt,
    DateTime? ClosedAt,
    long Version) : IVersionedDto;

public sealed record PathwayRef(int Id, string Name);

public sealed record BadgeRef(int Id, string Name);

/// <summary>A posting as a search lists it.</summary>
public sealed record PostingSummaryDto(
    int Id,
    string Title,
    int EmployerId,
    string EmployerName,
    IReadOnlyList<int> PathwayIds,
    IReadOnlyList<int> RequiredBadgeIds,
    decimal HourlyWage,
    decimal HoursPerWeek,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Location,
    bool IsRemote,
    DateOnly ApplicationDeadline,
    int RemainingSlots,
    PostingStatus Status);
