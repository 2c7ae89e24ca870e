using System.Globalization;

namespace Internships.Application.Features.StateReporting;

/// <summary>The four levels of the state's Internship Employer Performance Evaluation code set.</summary>
public enum EmployerEvaluation
{
    DoesNotMeetExpectations = 1,
    PartiallyMeetsExpectations = 2,
    MeetsExpectations = 3,
    AboveExpectations = 4,
}

/// <summary>One field of the WBLR record: its number in the file specification, name, most characters, and whether it is required.</summary>
public sealed record WblrField(string Number, string Name, int MaxLength, bool Required);

/// <summary>
/// The CALPADS Work-Based Learning (WBLR) file, record type 21, as the district submits it with End-of-Year 1: one record a
/// placement and academic year, fields in this order, separated by carets (^), no heading row, CRLF between records.
/// The layout lives here only (README "State reporting" maps each field to where its value comes from).
/// </summary>
public static class WblrLayout
{
    public const string RecordType = "WBLR";

    /// <summary>Work-Based Learning Type Code 10: Internship.</summary>
    public const string InternshipType = "10";

    public const char Delimiter = '^';

    public static readonly IReadOnlyList<WblrField> Fields =
    [
        new("21.01", "Record Type Code", 4, true),
        new("21.02", "Transaction Type Code", 1, false),
        new("21.03", "Local Record ID", 255, false),
        new("21.04", "Reporting LEA", 7, true),
        new("21.05", "School of Attendance", 7, true),
        new("21.06", "School of Attendance NPS", 7, false),
        new("21.07", "Academic Year ID", 9, true),
        new("21.08", "SSID", 10, true),
        new("21.09", "Local Student ID", 15, false),
        new("21.10", "Work-Based Learning Type Code", 2, true),
        new("21.11", "Internship ID", 36, true),
        new("21.12", "Work-Based Learning Hours - External", 4, true),
        new("21.13", "Internship-Employer Performance Evaluation Code", 10, true),
        new("21.14", "Internship-LEA Sponsored Indicator", 1, true),
        new("21.15", "Internship-Certified Supervised Indicator", 1, true),
        new("21.16", "State Course Code - Embedded Work-Based Learning", 4, true),
    ];

    /// <summary>The coded values used unless configuration replaces them: the overall rating (1–4) of the CDE's internship evaluation template.</summary>
    public static string DefaultCode(EmployerEvaluation evaluation) => ((int)evaluation).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Our rubric scores each competency 1–4 (1 beginning, 2 developing, 3 proficient, 4 exemplary). The evaluation's
    /// average, rounded half up, is the level: below 1.5 does not meet, below 2.5 partially meets, below 3.5 meets, else above.
    /// </summary>
    public static EmployerEvaluation LevelOf(double averageScore) => averageScore switch
    {
        < 1.5 => EmployerEvaluation.DoesNotMeetExpectations,
        < 2.5 => EmployerEvaluation.PartiallyMeetsExpectations,
        < 3.5 => EmployerEvaluation.MeetsExpectations,
        _ => EmployerEvaluation.AboveExpectations,
    };

    /// <summary>The academic year that starts on 1 July of <paramref name="startYear"/>: "2026-2027", 2026-07-01 to 2027-06-30.</summary>
    public static (string Id, DateOnly From, DateOnly To) AcademicYear(int startYear) =>
        ($"{startYear}-{startYear + 1}", new DateOnly(startYear, 7, 1), new DateOnly(startYear + 1, 6, 30));

    /// <summary>The start year of the academic year a day falls in.</summary>
    public static int AcademicYearOf(DateOnly day) => day.Month >= 7 ? day.Year : day.Year - 1;

    /// <summary>The internship's id in the file: stable across years and unique district-wide, so unique within a school and year.</summary>
    public static string InternshipId(int placementId) => $"INT-{placementId.ToString("D6", CultureInfo.InvariantCulture)}";

    /// <summary>Hours reported are whole hours, rounded half up.</summary>
    public static string Hours(decimal hours) => Math.Round(hours, 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);

    public static string Line(IReadOnlyList<string> fields) => string.Join(Delimiter, fields);
}
