namespace Internships.Application.Common.Concurrency;

/// <summary>A record's version as an HTTP entity tag: strong, quoted ("7"), and the If-Match comparison (RFC 9110 13.1.1).</summary>
public static class EntityTag
{
    public static string Of(long version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// Whether an If-Match value lets a change of the record at <paramref name="version"/> go ahead: "*", or one of its tags
    /// equal to the record's by strong comparison (a weak tag, W/"7", never matches).
    /// </summary>
    public static bool Matches(string ifMatch, long version)
    {
        var current = Of(version);
        return ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(tag => tag == "*" || tag == current);
    }

    /// <summary>Whether a header value is made of entity tags (or is "*"), so it can be compared at all.</summary>
    public static bool IsWellFormed(string ifMatch)
    {
        var tags = ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return tags.Length > 0 && tags.All(tag => tag == "*" || IsTag(tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag));
    }

    private static bool IsTag(string tag) => tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"' && !tag[1..^1].Contains('"');
}
