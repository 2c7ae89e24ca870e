namespace Internships.Domain.Postings;

/// <summary>What an employer writes about a position; the posting checks it holds together.</summary>
public sealed record PostingDetails(
    string Title,
    string Description,
    IReadOnlyCollection<int> PathwayIds,
    decimal HourlyWage,
    decimal HoursPerWeek,
    DateOnly StartDate,
    DateOnly EndDate,
    int Slots,
    string? Location,
    bool IsRemote,
    DateOnly ApplicationDeadline,
    IReadOnlyCollection<int> EligibleGrades,
    int? MinimumAge,
    int? SupervisorId,
    decimal? RequiredHours = null,
    IReadOnlyCollection<int>? RequiredBadgeClassIds = null)
{
    /// <summary>The hours to complete: as given, or the weekly hours over the whole weeks the internship runs.</summary>
    public decimal ResolvedRequiredHours =>
        RequiredHours ?? Math.Max(1m, Math.Round(HoursPerWeek * ((EndDate.DayNumber - StartDate.DayNumber) / 7), 0));
}
