using System.Globalization;
using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Internships.Domain.Applications;
using Microsoft.AspNetCore.WebUtilities;

namespace Internships.LoadTests.Explain;

/// <summary>One request of the load test, as the use-case query the endpoint would send for it.</summary>
internal abstract record RequestVariant(string Text)
{
    /// <summary>The requests perf/load/internships.lua sends (keep the two lists alike).</summary>
    public static readonly IReadOnlyList<string> Defaults =
    [
        "postings?pageSize=20",
        "postings?q=nurse&pageSize=20",
        "postings?q=python&pageSize=20",
        "postings?q=weekend&page=2&pageSize=20",
        "postings?pathwayId=3&pageSize=20",
        "postings?minWage=25&pageSize=20",
        "postings?eligibleOnly=true&pageSize=20",
        "postings?sort=wage&pageSize=20",
        "postings?page=3&pageSize=20",
        "postings?pathwayId=1&sort=newest&page=2&pageSize=20",
        "postings?eligibleOnly=true&q=assistant&sort=wage&pageSize=20",
        "postings?q=spanish&minWage=20&page=5&pageSize=20",
        "me/applications",
        "me/applications?status=Submitted",
    ];

    /// <summary>Reads "postings?QUERY" or "me/applications?QUERY" (the path after /api/).</summary>
    public static RequestVariant Parse(string text)
    {
        var parts = text.TrimStart('/').Split('?', 2);
        var path = parts[0].StartsWith("api/", StringComparison.Ordinal) ? parts[0][4..] : parts[0];
        var query = QueryHelpers.ParseQuery(parts.Length > 1 ? parts[1] : "")
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string? Get(string key) => query.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
        int? Int(string key) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        decimal? Decimal(string key) => Get(key) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;
        bool? Bool(string key) => Get(key) is { } v ? bool.Parse(v) : null;

        return path.TrimEnd('/') switch
        {
            "postings" => new SearchVariant(text, new SearchPostingsQuery(
                Q: Get("q"), PathwayId: Int("pathwayId"), MinWage: Decimal("minWage"), MaxWage: Decimal("maxWage"),
                Location: Get("location"), Remote: Bool("remote"), EligibleOnly: Bool("eligibleOnly") ?? false, Sort: Get("sort"),
                Page: Int("page") ?? 1, PageSize: Int("pageSize") ?? 20)),
            "me/applications" => new MyApplicationsVariant(text, new ListMyApplicationsQuery(
                Status: Get("status") is { } s ? Enum.Parse<ApplicationStatus>(s, ignoreCase: true) : null,
                Page: Int("page") ?? 1, PageSize: Int("pageSize") ?? 20)),
            _ => throw new ArgumentException($"Unknown request '{text}': expected postings?... or me/applications?..."),
        };
    }
}

internal sealed record SearchVariant(string Text, SearchPostingsQuery Query) : RequestVariant(Text);

internal sealed record MyApplicationsVariant(string Text, ListMyApplicationsQuery Query) : RequestVariant(Text);
