using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Internships.Infrastructure.Badges;

/// <summary>How the badge documents are written: compact UTF-8 JSON, timestamps in UTC to the second.</summary>
internal static class OpenBadgesJson
{
    /// <summary>Letters of every script stay readable; only what is unsafe in HTML or JSON is escaped.</summary>
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize(JsonNode node) => node.ToJsonString(Compact);

    /// <summary>ISO 8601 in UTC ("2026-06-12T17:00:00Z"): the same instant as <see cref="UnixSeconds"/>, so nbf matches validFrom.</summary>
    public static string Timestamp(DateTime time) => ToUtcSecond(time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static long UnixSeconds(DateTime time) => new DateTimeOffset(ToUtcSecond(time)).ToUnixTimeSeconds();

    /// <summary>The database hands back unspecified kinds; every time the domain stores is UTC.</summary>
    private static DateTime ToUtcSecond(DateTime time)
    {
        var utc = time.Kind switch
        {
            DateTimeKind.Local => time.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            _ => time,
        };
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>Adds the property only when it has a value: optional properties are left out, never null.</summary>
    public static JsonObject With(this JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[name] = value;
        }

        return target;
    }

    public static JsonObject With(this JsonObject target, string name, JsonNode? value)
    {
        if (value is not null && value is not JsonArray { Count: 0 })
        {
            target[name] = value;
        }

        return target;
    }

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
