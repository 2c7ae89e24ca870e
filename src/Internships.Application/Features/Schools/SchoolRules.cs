using System.Text.RegularExpressions;

namespace Internships.Application.Features.Schools;

/// <summary>What a school record must look like, typed in by a coordinator or imported from the student information system.</summary>
public static partial class SchoolRules
{
    public const int MaxNameLength = 120;
    public const int MaxCodeLength = 20;

    /// <summary>The ValidationText key of the message for a code with other characters than <see cref="IsCode"/> takes.</summary>
    public const string CodeFormat = "Schools.CodeFormat";

    /// <summary>Letters, digits and hyphens, at most <see cref="MaxCodeLength"/>.</summary>
    public static bool IsCode(string value) => value.Length is > 0 and <= MaxCodeLength && CodeCharacters().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex CodeCharacters();
}
