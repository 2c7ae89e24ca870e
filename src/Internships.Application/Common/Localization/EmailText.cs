using System.Globalization;
using System.Resources;

namespace Internships.Application.Common.Localization;

/// <summary>
/// The words of one e-mail, in its recipient's language: kept by key in <c>Resources/EmailText.resx</c> (English) and
/// <c>EmailText.es.resx</c> (Spanish), formatted in that culture. Students are <i>tú</i>, everyone else <i>usted</i>.
/// </summary>
public sealed class EmailText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("Internships.Application.Resources.EmailText", typeof(EmailText).Assembly);

    public CultureInfo Culture => culture;

    /// <summary>The text of <paramref name="key"/> with its {0}, {1}… filled in the recipient's culture.</summary>
    public string this[string key, params object?[] arguments] =>
        string.Format(culture, Resources.GetString(key, culture) ?? key, arguments);

    /// <summary>"January 14, 2026" or "14 de enero de 2026".</summary>
    public string Date(DateOnly date) => date.ToString(this["Format.Date"], culture);

    /// <summary>"January 14" or "14 de enero".</summary>
    public string DayMonth(DateOnly date) => date.ToString(this["Format.DayMonth"], culture);
}
