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

    /// <summary>
    /// A contact's language as people write it ("Spanish", "español", "es", "es-MX", "en-US"): Spanish or English, or
    /// null for any other language. The same reading maps the free text contacts held before they held a code.
    /// </summary>
    public static string? FromName(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "spanish" or "español" or "espanol" or "castellano" => Spanish,
        "english" or "inglés" or "ingles" => English,
        var other => Match(other),
    };

    /// <summary>The culture of a stored language code, English when there is none.</summary>
    public static CultureInfo CultureOf(string? language) => CultureInfo.GetCultureInfo(Match(language) ?? Default);

    /// <summary>Whether the current request reads Spanish (the culture the host chose for it).</summary>
    public static bool IsSpanish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "es";
}
