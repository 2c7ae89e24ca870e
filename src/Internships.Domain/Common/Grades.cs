namespace Internships.Domain.Common;

/// <summary>The grades the district serves, and the ones its internship programme is for.</summary>
public static class Grades
{
    public const int Lowest = 9;
    public const int Highest = 12;

    /// <summary>Internships are for juniors and seniors.</summary>
    public static readonly IReadOnlyList<int> Internship = [11, 12];

    public static bool IsInternshipGrade(int grade) => grade is 11 or 12;
}
