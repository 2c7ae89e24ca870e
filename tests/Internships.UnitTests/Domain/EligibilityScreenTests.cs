using Internships.Domain.Common;
using Internships.Domain.Postings;
using Shouldly;

namespace Internships.UnitTests.Domain;

/// <summary>
/// <see cref="EligibilityScreen"/>, what search judges a whole list with, admits exactly whom the rule
/// (<see cref="EligibilityRequirements.Admits"/>) admits, including where its bits cannot decide alone.
/// </summary>
public sealed class EligibilityScreenTests
{
    private static readonly IReadOnlySet<int> NoBadges = new HashSet<int>();

    private static EligibilityRequirements Requires(int[] pathways, int[]? badges = null, int? minimumAge = null, int[]? grades = null) =>
        new(GradeMask.From(grades ?? [11, 12]), minimumAge, new DateOnly(2027, 6, 14), pathways, badges ?? []);

    private static Applicant Student(int[] pathways, int[]? badges = null, bool active = true, int grade = 11, DateOnly? born = null) =>
        new(active, grade, born ?? new DateOnly(2010, 5, 1), pathways.ToHashSet(), badges?.ToHashSet() ?? NoBadges);

    private static bool Screened(EligibilityRequirements requirements, Applicant applicant) =>
        new EligibilityScreen(requirements).Admits(new ApplicantScreen(applicant));

    [Test]
    public void Pathway_ids_that_fold_onto_the_same_bit_are_still_told_apart()
    {
        // 3 and 67 share bit 3: the bits alone would admit this student.
        var requirements = Requires(pathways: [67]);

        Screened(requirements, Student(pathways: [3])).ShouldBeFalse();
        requirements.Admits(Student(pathways: [3])).ShouldBeFalse();
        Screened(requirements, Student(pathways: [67])).ShouldBeTrue();
        Screened(Requires(pathways: [3]), Student(pathways: [67])).ShouldBeFalse();
        Screened(Requires(pathways: [3]), Student(pathways: [67, 3])).ShouldBeTrue();
    }

    [Test]
    public void Required_badges_are_asked_of_the_rule()
    {
        var requirements = Requires(pathways: [2], badges: [5, 6]);

        Screened(requirements, Student(pathways: [2], badges: [5])).ShouldBeFalse();
        Screened(requirements, Student(pathways: [2], badges: [6, 5, 9])).ShouldBeTrue();
    }

    [Test]
    public void An_inactive_student_is_screened_out_even_in_a_grade_the_district_does_not_serve()
    {
        Screened(Requires(pathways: [2]), Student(pathways: [2], active: false)).ShouldBeFalse();
        Screened(Requires(pathways: [2]), Student(pathways: [2], active: false, grade: 7)).ShouldBeFalse();
    }

    [Test]
    public void The_screen_and_the_rule_agree_on_thousands_of_postings_and_students()
    {
        // Seeded, so a disagreement is the same on every run. Pathway ids fold onto one another's bits, and birthdays and
        // start dates straddle 29 February, where the age arithmetic is easiest to get wrong.
        var random = new Random(20261204);
        int[] Ids(int most, int below) => Enumerable.Range(0, random.Next(most + 1)).Select(_ => random.Next(below)).Distinct().ToArray();
        // A few pathways, some of them folding onto another's bit (3 and 67, 4 and 68, 0 and 64).
        int[] foldingPathways = [0, 1, 3, 4, 63, 64, 67, 68];
        int[] Pathways() => Ids(3, foldingPathways.Length).Select(i => foldingPathways[i]).ToArray();
        DateOnly Around29February(int year) => new DateOnly(year, 2, 27).AddDays(random.Next(4));

        var postings = Enumerable.Range(0, 300).Select(_ => new EligibilityRequirements(
            GradeMask.From(Ids(3, 4).Select(g => g + Grades.Lowest)),
            random.Next(3) switch { 0 => null, 1 => 16, _ => random.Next(14, 20) },
            random.Next(2) == 0 ? Around29February(2028) : new DateOnly(2027, 6, 14).AddDays(random.Next(-400, 400)),
            Pathways(),
            random.Next(4) == 0 ? Ids(2, 6) : [])).ToList();
        var students = Enumerable.Range(0, 300).Select(_ => new Applicant(
            random.Next(10) != 0,
            random.Next(Grades.Lowest, Grades.Highest + 1),
            random.Next(2) == 0 ? Around29February(2012) : new DateOnly(2008, 1, 1).AddDays(random.Next(2200)),
            Pathways().ToHashSet(),
            Ids(3, 6).ToHashSet())).ToList();

        var admitted = 0;
        foreach (var requirements in postings)
        {
            var screen = new EligibilityScreen(requirements);
            foreach (var student in students)
            {
                var byRule = requirements.Admits(student);
                if (screen.Admits(new ApplicantScreen(student)) != byRule)
                {
                    Assert.Fail($"The screen and the rule disagree on {requirements} and {student}");
                }

                admitted += byRule ? 1 : 0;
            }
        }

        // Both answers occur often enough for the comparison to mean something.
        admitted.ShouldBeInRange(1_000, 80_000);
    }
}
