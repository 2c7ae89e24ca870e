using System.Globalization;

namespace Internships.Domain.Common;

/// <summary>How a day is written in a message a person reads: the pages' own format ("Feb 15, 2027"), never 2027-02-15.</summary>
public static class Days
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static string Written(DateOnly date) => date.ToString("MMM d, yyyy", Us);
}
