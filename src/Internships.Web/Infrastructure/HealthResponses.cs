using System.Text.Json;
using Internships.Infrastructure.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Internships.Web.Infrastructure;

/// <summary>
/// How /health/ready answers: 200 when Healthy or Degraded, 503 when Unhealthy, with a small JSON body naming each check's
/// status and, when it is not healthy, why (never an exception's text: it could name servers).
/// </summary>
internal static class HealthResponses
{
    public static readonly HealthCheckOptions Ready = new()
    {
        Predicate = check => check.Tags.Contains(ReadinessChecks.Tag),
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Status == HealthStatus.Healthy ? null : Describe(e.Value),
            }),
        };
        return context.Response.WriteAsJsonAsync(body, Json);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The check's own words; for one that threw, only what kind of failure it was.</summary>
    private static string Describe(HealthReportEntry entry) => entry.Exception switch
    {
        null => entry.Description ?? "It is not healthy.",
        OperationCanceledException => "It did not answer in time.",
        _ => "It did not answer: it cannot be reached, or it failed.",
    };
}
