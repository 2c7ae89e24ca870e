using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Time;

public sealed class DistrictOptions
{
    public const string Section = "District";

    public string Name { get; set; } = "Valley Unified School District";

    /// <summary>The IANA time zone the district's days (deadlines, start dates) are counted in.</summary>
    public string TimeZone { get; set; } = "America/Los_Angeles";
}

public sealed class DistrictClock(TimeProvider time, IOptions<DistrictOptions> options) : IClock
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(ToDistrictTime(UtcNow));

    public DateTime ToDistrictTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
}
