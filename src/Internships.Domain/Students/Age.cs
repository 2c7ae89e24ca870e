namespace Internships.Domain.Students;

/// <summary>How old someone is on a day: the one age rule (eligibility, minors' documents, the search catalogue).</summary>
public static class Age
{
    /// <summary>
    /// Whole years on <paramref name="date"/>: the birthday counts from its own day, so someone born on 29 February
    /// comes of age on 1 March in common years (28 February they are still a year younger), and on the 29th in leap years.
    /// </summary>
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date.AddYears(-age) < dateOfBirth ? age - 1 : age;
    }
}
