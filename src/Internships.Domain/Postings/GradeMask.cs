namespace Internships.Domain.Postings;

/// <summary>A set of grades stored as bits (grade 9 is bit 0), so "open to grade 11" is one indexed comparison.</summary>
public static class GradeMask
{
    public static int For(int grade) =>
        grade is >= Grades.Lowest and <= Grades.Highest
            ? 1 << (grade - Grades.Lowest)
            : throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a grade the district serves.");

    public static int From(IEnumerable<int> grades) => grades.Aggregate(0, (mask, grade) => mask | For(grade));

    public static IReadOnlyList<int> ToGrades(int mask) =>
        Enumerable.Range(Grades.Lowest, Grades.Highest - Grades.Lowest + 1).Where(g => (mask & For(g)) != 0).ToList();
}
