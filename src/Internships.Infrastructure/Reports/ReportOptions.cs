namespace Internships.Infrastructure.Reports;

public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>A term summary is requested automatically on the days after a term ends, for this many days.</summary>
    public int TermSummaryWindowDays { get; set; } = 14;

    /// <summary>A report still queued (or running) this long after it was requested (or started) is handed to a job again.</summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(10);
}
