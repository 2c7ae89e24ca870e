using System.Globalization;
using System.Resources;
using Internships.Application.Common.Localization;
using Internships.Web.Resources;
using System.Text.RegularExpressions;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// How the pages write money, dates and states, the same way everywhere, in the request's language: US English
/// ("$1,234.50", "Jan 14, 2026") or US Spanish ("14 ene 2026"); states by their words in <see cref="SharedText"/>.
/// </summary>
public static partial class Display
{
    private static readonly ResourceManager SharedWords = new(typeof(SharedText).FullName!, typeof(SharedText).Assembly);

    /// <summary>The request's culture when it is one the product speaks, else US English (a job, a test, a console).</summary>
    private static CultureInfo Culture =>
        Languages.Match(CultureInfo.CurrentCulture.Name) is { } language ? CultureInfo.GetCultureInfo(language) : CultureInfo.GetCultureInfo(Languages.English);

    private static bool Spanish => Languages.IsSpanish(Culture);

    public static string Money(decimal amount) => amount.ToString("C2", Culture);

    public static string Hours(decimal hours) => hours.ToString("#,##0.##", Culture);

    /// <summary>A count with thousands separators ("12,480").</summary>
    public static string Number(int count) => count.ToString("N0", Culture);

    public static string Day(DateOnly date) => date.ToString(Spanish ? "d MMM yyyy" : "MMM d, yyyy", Culture);

    public static string Day(DateTime date) => date.ToString(Spanish ? "d MMM yyyy" : "MMM d, yyyy", Culture);

    /// <summary>A day with its month in full ("January 14, 2026", "14 de enero de 2026").</summary>
    public static string LongDay(DateTime date) => date.ToString(Spanish ? "d 'de' MMMM 'de' yyyy" : "MMMM d, yyyy", Culture);

    /// <summary>A day and its time ("Jan 14, 2026, 7:30 PM"), for a time already in the district's zone (<c>IClock.ToDistrictTime</c>).</summary>
    public static string DayAndTime(DateTime districtTime) => districtTime.ToString(Spanish ? "d MMM yyyy, h:mm tt" : "MMM d, yyyy, h:mm tt", Culture);

    /// <summary>
    /// Words of <see cref="SharedText"/> in the request's language, for the helpers that build text outside a view
    /// (<see cref="OfferTerms"/>, <see cref="PaperworkWords"/>); views and pages take a localizer instead.
    /// </summary>
    public static string Shared(string key, params object[] arguments)
    {
        var text = SharedWords.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments);
    }

    /// <summary>
    /// An instant of the audit trail, in UTC to the second: "2026-01-14 19:30:05" in English (as the trail has always shown
    /// it), "14 ene 2026, 19:30:05" in Spanish.
    /// </summary>
    public static string Instant(DateTime utc) =>
        Spanish ? utc.ToString("d MMM yyyy, HH:mm:ss", Culture) : utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A state in the request's language: "State.PlacementStatus.Active" or else "State.Active" of <see cref="SharedText"/>
    /// ("Under review", "En revisión"), or, for a state the words do not have yet, "UnderReview" as "Under review".
    /// </summary>
    public static string Words(Enum value) =>
        SharedWords.GetString($"State.{value.GetType().Name}.{value}", CultureInfo.CurrentUICulture)
        ?? SharedWords.GetString("State." + value, CultureInfo.CurrentUICulture)
        ?? Words(value.ToString());

    /// <summary>A state given by its name, as a chart's rows carry it: "State.Active" of <see cref="SharedText"/>, or else its words.</summary>
    public static string StateWords(string name) => SharedWords.GetString("State." + name, CultureInfo.CurrentUICulture) ?? Words(name);

    public static string Words(string pascal) => CapitalWord().Replace(pascal, m => m.Index == 0 ? m.Value : " " + m.Value.ToLowerInvariant());

    /// <summary>The tag colour of a state: done, in progress or stopped.</summary>
    public static string Tone(Enum value) => value.ToString() switch
    {
        "Open" or "Active" or "Accepted" or "Offered" or "Approved" or "Completed" or "Valid" => "ok",
        "Rejected" or "Declined" or "Withdrawn" or "Closed" or "Ended" or "Revoked" or "Expired" or "Returned" => "bad",
        "Pending" or "Submitted" or "UnderReview" or "Draft" => "warn",
        _ => "",
    };

    /// <summary>The tag colour of a roster import's status (a string: Running is not stored, see RosterImportDto).</summary>
    public static string ImportTone(string status) => status switch
    {
        "Succeeded" => "ok",
        "Failed" => "bad",
        _ => "warn",
    };

    [GeneratedRegex("[A-Z]")]
    private static partial Regex CapitalWord();
}
