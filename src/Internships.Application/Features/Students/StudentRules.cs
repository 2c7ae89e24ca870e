using System.Text.RegularExpressions;

namespace Internships.Application.Features.Students;

/// <summary>
/// What a student record must look like, however it arrives: typed in by a coordinator (the validators of creating and
/// updating a student) or imported from the student information system (the roster import).
/// </summary>
public static partial class StudentRules
{
    public const int MaxNameLength = 60;
    public const int MaxEmailLength = 254;
    public const int MaxSisIdLength = 32;
    public const int YoungestAge = 12;
    public const int OldestAge = 22;

    /// <summary>The ValidationText key of the message for a SIS id with other characters than <see cref="IsSisId"/> takes.</summary>
    public const string SisIdFormat = "Students.SisIdFormat";

    /// <summary>Why a date of birth is refused, in the request's language (read when the rule fails, not when the validator is built).</summary>
    public static string AgeRange() => ValidationText.Format("Students.AgeRange", YoungestAge, OldestAge);

    /// <summary>Letters, digits and hyphens, at most <see cref="MaxSisIdLength"/>.</summary>
    public static bool IsSisId(string value) => value.Length is > 0 and <= MaxSisIdLength && SisIdCharacters().IsMatch(value);

    /// <summary>One '@' with something on both sides: the check FluentValidation's <c>EmailAddress()</c> makes of typed-in addresses.</summary>
    public static bool IsEmailAddress(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at < value.Length - 1 && at == value.LastIndexOf('@') && value.Length <= MaxEmailLength;
    }

    /// <summary>Old enough for high school, young enough to be in it, on <paramref name="today"/>.</summary>
    public static bool HasStudentAge(DateOnly dateOfBirth, DateOnly today) =>
        dateOfBirth <= today.AddYears(-YoungestAge) && dateOfBirth > today.AddYears(-OldestAge);

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex SisIdCharacters();
}
