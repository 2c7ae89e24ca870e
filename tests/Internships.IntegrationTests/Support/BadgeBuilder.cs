using System.Net;
using System.Text.Json.Nodes;

namespace Internships.IntegrationTests.Support;

internal static class BadgeBuilder
{
    /// <summary>A valid badge body; tests change what they are about.</summary>
    public static Dictionary<string, object?> Body(string? name = null, object? awardRule = null, string recipientType = "Student",
        int[]? prerequisiteIds = null, string kind = "Completion", int? validityMonths = null) => new()
    {
        ["name"] = name ?? $"Badge {District.Next()}",
        ["description"] = "Recognises a paid internship completed with the district's career-pathway programme.",
        ["criteria"] = "Complete the internship's required hours with a final evaluation from your supervisor.",
        ["kind"] = kind,
        ["recipientType"] = recipientType,
        ["color"] = "#2E7D32",
        ["endorsingEmployerId"] = null,
        ["validityMonths"] = validityMonths,
        ["skills"] = new[] { "Teamwork", "Workplace safety" },
        ["alignments"] = new[] { new { targetName = "Career readiness: professionalism", targetUrl = "https://standards.example/cr/2", targetDescription = (string?)null, targetFramework = "District career readiness", targetCode = "CR-2" } },
        ["prerequisiteIds"] = prerequisiteIds ?? [],
        ["awardRule"] = awardRule,
    };

    public static async Task<JsonObject> CreateAsync(District district, Dictionary<string, object?> body) =>
        await district.Coordinator.PostJsonAsync("/api/badges", body, HttpStatusCode.Created);
}
