using Internships.Domain.Common;
using Internships.Domain.Postings;
using Internships.Domain.Students;
using Shouldly;

namespace Internships.UnitTests.Domain;

/// <summary>The one eligibility rule (<see cref="EligibilityRequirements"/>) at its edges.</summary>
public sealed class EligibilityRuleTests
{
    private static readonly IReadOnlySet<int> NoBadges = new HashSet<int>();

    private static EligibilityRequirements Requires(int[]? grades = null, int? minimumAge = null, DateOnly? start = null,
        int[]? pathways = null, int[]? badges = null) =>
        new(GradeMask.From(grades ?? [11, 12]), minimumAge, start ?? new DateOnly(2027, 6, 14), pathways ?? [Build.PathwayId], badges ?? []);

    private static Applicant Student(int grade = 11, DateOnly? born = null, bool active = true, int[]? pathways = null, int[]? badges = null) =>
        new(active, grade, born ?? new DateOnly(2010, 5, 1), (pathways ?? [Build.PathwayId]).ToHashSet(), badges?.ToHashSet() ?? NoBadges);

    private static IEnumerable<EligibilityGapKind> Gaps(EligibilityRequirements requirements, Applicant applicant) =>
        requirements.GapsOf(applicant).Select(g => g.Kind);

    [TestCase(2027, 2, 28, 18)]
    [TestCase(2027, 3, 1, 19)]
    [TestCase(2028, 2, 28, 19)]
    [TestCase(2028, 2, 29, 20)]
    [TestCase(2028, 3, 1, 20)]
    public void A_29_February_birthday_counts_from_1_March_in_common_years(int year, int month, int day, int age)
    {
        Age.On(new DateOnly(2008, 2, 29), new DateOnly(year, month, day)).ShouldBe(age);
    }

    [Test]
    public void Born_on_29_February_a_student_is_old_enough_from_1_March_of_a_common_year()
    {
        var leapling = Student(grade: 12, born: new DateOnly(2008, 2, 29));

        Requires(minimumAge: 19, start: new DateOnly(2027, 2, 28)).Admits(leapling).ShouldBeFalse();
        Gaps(Requires(minimumAge: 19, start: new DateOnly(2027, 2, 28)), leapling).ShouldBe([EligibilityGapKind.Age]);
        Requires(minimumAge: 19, start: new DateOnly(2027, 3, 1)).Admits(leapling).ShouldBeTrue();
        Requires(minimumAge: 20, start: new DateOnly(2028, 2, 28)).Admits(leapling).ShouldBeFalse();
        Requires(minimumAge: 20, start: new DateOnly(2028, 2, 29)).Admits(leapling).ShouldBeTrue();
    }

    [Test]
    public void A_start_date_on_29_February_counts_a_28_February_birthday_and_not_a_1_March_one()
    {
        var start = new DateOnly(2028, 2, 29);

        Requires(minimumAge: 18, start: start).Admits(Student(born: new DateOnly(2010, 2, 28))).ShouldBeTrue();
        Requires(minimumAge: 18, start: start).Admits(Student(born: new DateOnly(2010, 3, 1))).ShouldBeFalse();
    }

    [Test]
    public void A_student_whose_birthday_is_the_start_date_is_that_age()
    {
        var start = new DateOnly(2027, 6, 14);

        Requires(minimumAge: 16, start: start).Admits(Student(born: start.AddYears(-16))).ShouldBeTrue();
        Requires(minimumAge: 16, start: start).Admits(Student(born: start.AddYears(-16).AddDays(1))).ShouldBeFalse();
        Requires(minimumAge: 16, start: start).Admits(Student(born: start.AddYears(-16).AddDays(-1))).ShouldBeTrue();
    }

    [Test]
    public void Age_is_judged_on_the_start_date_not_today()
    {
        var fifteenToday = Student(born: Build.Today.AddYears(-16).AddDays(30));

        Requires(minimumAge: 16, start: Build.Today.AddDays(60)).Admits(fifteenToday).ShouldBeTrue();
        Requires(minimumAge: 16, start: Build.Today.AddDays(20)).Admits(fifteenToday).ShouldBeFalse();
    }

    [TestCase(new[] { 11 }, 11, true)]
    [TestCase(new[] { 11 }, 12, false)]
    [TestCase(new[] { 12 }, 11, false)]
    [TestCase(new[] { 11, 12 }, 12, true)]
    [TestCase(new[] { 11, 12 }, 10, false)]
    [TestCase(new[] { 11, 12 }, 9, false)]
    [TestCase(new[] { 10, 12 }, 10, true)]
    public void The_grade_must_be_in_the_mask(int[] grades, int grade, bool admitted)
    {
        Requires(grades: grades).Admits(Student(grade: grade)).ShouldBe(admitted);
        Gaps(Requires(grades: grades), Student(grade: grade)).Contains(EligibilityGapKind.Grade).ShouldBe(!admitted);
    }

    [Test]
    public void An_inactive_student_is_admitted_nowhere()
    {
        var inactive = Student(active: false);

        Requires().Admits(inactive).ShouldBeFalse();
        Requires().Admits(inactive, requirePathway: false).ShouldBeFalse();
        Gaps(Requires(), inactive).ShouldBe([EligibilityGapKind.NotEnrolled]);
    }

    [Test]
    public void A_student_without_pathways_is_admitted_only_where_a_round_waives_the_pathway()
    {
        var unenrolled = Student(pathways: []);

        Requires().Admits(unenrolled).ShouldBeFalse();
        Gaps(Requires(), unenrolled).ShouldBe([EligibilityGapKind.Pathway]);
        Requires().Admits(unenrolled, requirePathway: false).ShouldBeTrue();
        Requires().GapsOf(unenrolled, requirePathway: false).ShouldBeEmpty();
    }

    [Test]
    public void One_shared_pathway_is_enough()
    {
        Requires(pathways: [1, 2, 3]).Admits(Student(pathways: [3, 9])).ShouldBeTrue();
        Requires(pathways: [1, 2, 3]).Admits(Student(pathways: [4, 9])).ShouldBeFalse();
    }

    [Test]
    public void Every_required_badge_must_be_held_and_each_missing_one_is_named()
    {
        var ladder = Requires(badges: [5, 6]);

        ladder.Admits(Student(badges: [5, 6, 7])).ShouldBeTrue();
        ladder.Admits(Student(badges: [5])).ShouldBeFalse();
        ladder.GapsOf(Student(badges: [5])).ShouldBe([new EligibilityGap(EligibilityGapKind.Badge, 6)]);
        ladder.GapsOf(Student()).ShouldBe([new EligibilityGap(EligibilityGapKind.Badge, 5), new EligibilityGap(EligibilityGapKind.Badge, 6)]);
    }

    [Test]
    public void Gaps_come_in_the_order_a_student_reads_them()
    {
        var requirements = Requires(grades: [12], minimumAge: 18, pathways: [1], badges: [5]);
        var everythingWrong = Student(grade: 11, born: new DateOnly(2012, 1, 1), active: false, pathways: [2]);

        Gaps(requirements, everythingWrong).ShouldBe([
            EligibilityGapKind.NotEnrolled, EligibilityGapKind.Grade, EligibilityGapKind.Age, EligibilityGapKind.Pathway, EligibilityGapKind.Badge,
        ]);
    }

    [Test]
    public void A_posting_states_its_requirements_and_words_each_gap()
    {
        var posting = Build.OpenPosting(minimumAge: 18, grades: [12]);
        var requirements = posting.Requirements();
        requirements.EligibleGradeMask.ShouldBe(GradeMask.For(12));
        requirements.MinimumAge.ShouldBe(18);
        requirements.StartDate.ShouldBe(posting.StartDate);
        requirements.PathwayIds.ShouldBe([Build.PathwayId]);

        var young = Build.Student(grade: 11, age: 16, active: false);
        posting.EligibilityProblems(young, [Build.PathwayId + 1]).ShouldBe([
            "You are not currently enrolled in the district.",
            "This posting is open to grade 12 students.",
            $"You must be at least 18 on the start date ({Days.Written(posting.StartDate)}).",
            "This posting is for a career pathway you are not enrolled in.",
        ]);
    }
}
