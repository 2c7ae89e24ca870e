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
    long Version) : IVersionedDto
{
    /// <summary>
    /// The posting as its page shows it, from the posting and the names of its employer, pathways and badges (each list
    /// by name). The one shape both the database read and the search catalogue build.
    /// </summary>
    public static PostingDto Of(InternshipPosting p, string employerName, IEnumerable<PathwayRef> pathways, IEnumerable<BadgeRef> badges) => new(
        p.Id, p.EmployerId, employerName, p.SupervisorId, p.Title, p.Description,
        pathways.OrderBy(x => x.Name, StringComparer.InvariantCulture).ToList(),
        p.HourlyWage, p.HoursPerWeek, p.StartDate, p.EndDate, p.Slots, p.FilledSlots, p.RemainingSlots,
        p.Location, p.IsRemote, p.ApplicationDeadline, p.EligibleGrades, p.MinimumAge, p.RequiredHours,
        badges.OrderBy(b => b.Name, StringComparer.InvariantCulture).ToList(), p.Status, p.ReturnReason,
        p.CreatedAt, p.SubmittedAt, p.OpenedAt, p.ClosedAt, p.Version);
}

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
