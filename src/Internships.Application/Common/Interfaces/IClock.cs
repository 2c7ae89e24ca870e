namespace Internships.Application.Common.Interfaces;

/// <summary>The time, and today's date in the district's own time zone (deadlines are the district's days).</summary>
public interface IClock
{
    DateTime UtcNow { get; }

    DateOnly Today { get; }

    /// <summary>The district's wall-clock time at a UTC instant: how a time is shown to people.</summary>
    DateTime ToDistrictTime(DateTime utc);
}
