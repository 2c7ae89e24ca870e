using System.Globalization;

namespace Internships.Application.Common.Localization;

/// <summary>
/// The languages the product speaks: US English (the default) and US Spanish. A language is stored and sent as its
/// culture name ("en-US", "es-US"); any other tag a browser or a client sends is read as the nearest of the two, or
/// as none.
/// </summary>
public static class Languages
{
    public const string English = "en-US";

    public const string Spanish = "es-US";

    public const string Default = English;

    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [CultureInfo.GetCultureInfo(English), CultureInfo.GetCultureInfo(Spanish)];

    /// <summary>"es", "es-MX" or "ES-us" is Spanish, "en-GB" English; anything else (or nothing) is null.</summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var language = tag.Trim().Split('-', '_')[0];
        return language.ToLowerInvariant() switch
        {
            "en" => English,
            "es" => Spanish,
            _ => null,
        };
    }

    /// <summary>Whether the current request reads Spanish (the culture the host chose for it).</summary>
    public static bool IsSpanish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "es";
}
