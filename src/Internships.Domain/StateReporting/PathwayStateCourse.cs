namespace Internships.Domain.StateReporting;

/// <summary>
/// The state course code (CALPADS, four digits) of one course of a pathway's sequence. An internship in the pathway is
/// reported as embedded in the last course of the sequence that has one (the capstone), unless its placement names another.
/// </summary>
public sealed class PathwayStateCourse
{
    private PathwayStateCourse() { }

    public PathwayStateCourse(int pathwayId, string course, string stateCourseCode)
    {
        if (!StateCodes.IsStateCourseCode(stateCourseCode))
        {
            throw new DomainRuleException(RuleKeys.StateReporting.CourseCodeDigits, "A state course code is four digits.");
        }

        PathwayId = pathwayId;
        Course = course.Trim();
        StateCourseCode = stateCourseCode.Trim();
    }

    public int PathwayId { get; private set; }

    /// <summary>The course's title, as in the pathway's sequence.</summary>
    public string Course { get; private set; } = "";

    public string StateCourseCode { get; private set; } = "";
}

/// <summary>
/// What the state report says about one placement where it differs from the district's defaults: whether the LEA sponsored
/// the internship, whether it was certified and supervised, and the course it was embedded in.
/// </summary>
public sealed class PlacementStateReporting
{
    private PlacementStateReporting() { }

    public PlacementStateReporting(int placementId) => PlacementId = placementId;

    public int PlacementId { get; private set; }

    /// <summary>Null: the district's default.</summary>
    public bool? LeaSponsored { get; private set; }

    /// <summary>Null: the district's default.</summary>
    public bool? CertifiedSupervised { get; private set; }

    /// <summary>Null: the capstone course of the posting's pathway.</summary>
    public string? StateCourseCode { get; private set; }

    public void Set(bool? leaSponsored, bool? certifiedSupervised, string? stateCourseCode)
    {
        var code = string.IsNullOrWhiteSpace(stateCourseCode) ? null : stateCourseCode.Trim();
        if (code is not null && !StateCodes.IsStateCourseCode(code))
        {
            throw new DomainRuleException(RuleKeys.StateReporting.CourseCodeDigits, "A state course code is four digits.");
        }

        LeaSponsored = leaSponsored;
        CertifiedSupervised = certifiedSupervised;
        StateCourseCode = code;
    }
}

/// <summary>The shapes of the state's identifiers (California: CALPADS).</summary>
public static class StateCodes
{
    /// <summary>A statewide student identifier (SSID): ten digits.</summary>
    public static bool IsSsid(string? value) => value is { Length: 10 } && value.All(char.IsAsciiDigit);

    /// <summary>A County-District-School code: fourteen digits (2 county, 5 district, 7 school).</summary>
    public static bool IsCdsCode(string? value) => value is { Length: 14 } && value.All(char.IsAsciiDigit);

    public static bool IsStateCourseCode(string? value) => value?.Trim() is { Length: 4 } code && code.All(char.IsAsciiDigit);
}
