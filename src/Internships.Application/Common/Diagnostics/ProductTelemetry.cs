using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Internships.Application.Common.Diagnostics;

/// <summary>
/// The product's own telemetry, beside what ASP.NET Core, HttpClient and Npgsql report: the meter
/// <see cref="MeterName"/> (instruments named internships.*) and the activity source <see cref="JobsSourceName"/>
/// (a span around each background job). The web host exports both through OpenTelemetry (README, "Telemetry").
/// Names and tags carry no personal data: counts, durations, kinds and outcomes only.
/// </summary>
public static class ProductTelemetry
{
    public const string MeterName = "Internships";
    public const string JobsSourceName = "Internships.Jobs";

    public static readonly Meter Meter = new(MeterName);
    public static readonly ActivitySource Jobs = new(JobsSourceName);

    /// <summary>How long a posting search took, from the request reaching its handler to the page of results.</summary>
    public static readonly Histogram<double> SearchDuration = Meter.CreateHistogram(
        "internships.search.duration", "s", "Time to answer a posting search",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });

    /// <summary>E-mail messages the server accepted.</summary>
    public static readonly Counter<long> EmailSent = Meter.CreateCounter<long>(
        "internships.email.sent", "{message}", "E-mail messages handed to the mail server");

    /// <summary>Delivery attempts that failed (the message is tried again later, or given up after the last attempt).</summary>
    public static readonly Counter<long> EmailFailures = Meter.CreateCounter<long>(
        "internships.email.failures", "{attempt}", "E-mail delivery attempts that failed");

    /// <summary>How long a background job's request took, tagged with the request's name and its outcome.</summary>
    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>(
        "internships.jobs.duration", "s", "Time a background job's request took");

    /// <summary>Records a search's duration since <paramref name="startedAt"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static void RecordSearch(long startedAt, string source) =>
        SearchDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, new KeyValuePair<string, object?>("internships.search.source", source));
}
