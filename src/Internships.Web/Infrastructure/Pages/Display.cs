using System.Globalization;
using System.Text.RegularExpressions;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>How the pages write money, dates and states, the same way everywhere (US English, the district's locale).</summary>
public static partial class Display
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Money(decimal amount) => amount.ToString("C2", Us);

    public static string Hours(decimal hours) => hours.ToString("#,##0.##", Us);

    /// <summary>A count with thousands separators ("12,480").</summary>
    public static string Number(int count) => count.ToString("N0", Us);

    public static string Day(DateOnly date) => date.ToString("MMM d, yyyy", Us);

    public static string Day(DateTime date) => date.ToString("MMM d, yyyy", Us);

    /// <summary>A day and its time ("Jan 14, 2026, 7:30 PM"), for a time already in the district's zone (<c>IClock.ToDistrictTime</c>).</summary>
    public static string DayAndTime(DateTime districtTime) => districtTime.ToString("MMM d, yyyy, h:mm tt", Us);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"UnderReview" becomes "Under review".</summary>
    public static string Words(Enum value) => Words(value.ToString());

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
