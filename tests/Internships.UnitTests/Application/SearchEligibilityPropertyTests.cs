using Internships.Application.Features.Postings;
using Internships.Domain.Applications;
using Internships.Domain.Common;
using Internships.Domain.Postings;
using Internships.Domain.Students;
using Internships.UnitTests.Domain;
using Shouldly;

namespace Internships.UnitTests.Application;

/// <summary>
/// Over many generated students and postings (fixed seeds), applying, <see cref="InternshipPosting.EligibilityProblems"/>,
/// the search catalogue's entry and a plain calendar reading of the rules all agree on every pair. The generator
/// favours the edges: birthdays on 29 February and on the start date (and a day either side), start dates around
/// 29 February, grades outside the posting's mask, inactive students, ended enrolments, no pathways, missing badges.
/// </summary>
public sealed class SearchEligibilityPropertyTests
{
    private const int Seeds = 300;
    private const int PostingsPerSeed = 12;
    private const int StudentsPerSeed = 12;

    private static readonly DateOnly[] EdgeStartDates =
        [new(2027, 2, 28), new(2027, 3, 1), new(2028, 2, 28), new(2028, 2, 29), new(2028, 3, 1)];

    private static readonly DateOnly[] LeapBirthdays = [new(2008, 2, 29), new(2012, 2, 29), new(2004, 2, 29)];

    [Test]
    public void Pathway_bits_never_miss_a_shared_pathway_and_a_folded_id_is_left_to_the_rule()
    {
        (PathwayBits.Of([3, 9]) & PathwayBits.Of([9])).ShouldNotBe(0UL);
        (PathwayBits.Of([3, 9]) & PathwayBits.Of([4, 10])).ShouldBe(0UL);
        (PathwayBits.Of([]) & PathwayBits.Of([3])).ShouldBe(0UL);

        // 3 and 67 fold into the same bit: the quick test lets the posting through, the rule still refuses it.
        var requirements = new EligibilityRequirements(GradeMask.From([11, 12]), null, new DateOnly(2027, 6, 14), [67], []);
        var student = new Applicant(true, 11, new DateOnly(2010, 5, 1), new HashSet<int> { 3 }, new HashSet<int>());
        (PathwayBits.Of([67]) & PathwayBits.Of(student.ActivePathwayIds)).ShouldNotBe(0UL);
        requirements.Admits(student).ShouldBeFalse();
    }

    [Test]
    public void Applying_eligibility_problems_the_catalogue_and_the_calendar_agree_on_every_pair()
    {
        var admitted = 0;
        var refused = 0;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var random = new Random(seed);
            var postings = Enumerable.Range(0, PostingsPerSeed).Select(_ => RandomPosting(random)).ToList();
            var students = Enumerable.Range(0, StudentsPerSeed).Select(_ => RandomStudent(random, postings)).ToList();
            foreach (var (posting, entry) in postings)
            {
                foreach (var (student, held) in students)
                {
                    var pathways = student.ActivePathwayIds.ToList();
                    var expected = ByTheCalendar(posting, student, pathways, held);
                    var because = $"seed {seed}: grade {student.Grade}, born {student.DateOfBirth}, active {student.IsActive}, " +
                        $"pathways [{string.Join(",", pathways)}], badges [{string.Join(",", held)}]; posting grades " +
                        $"[{string.Join(",", posting.EligibleGrades)}], minimum age {posting.MinimumAge}, starts {posting.StartDate}, " +
                        $"pathways [{string.Join(",", entry.Summary.PathwayIds)}], badges [{string.Join(",", entry.Summary.RequiredBadgeIds)}]";

                    (posting.EligibilityProblems(student, pathways, held).Count == 0).ShouldBe(expected, because);
                    CanApply(posting, student, pathways, held).ShouldBe(expected, because);
                    entry.Screen.Requirements.Admits(AsSearchReadsIt(student, held)).ShouldBe(expected, because);
                    // What the search judges a whole list with.
                    entry.Screen.Admits(new ApplicantScreen(AsSearchReadsIt(student, held))).ShouldBe(expected, because);
                    (expected ? ref admitted : ref refused)++;
                }
            }
        }

        // Both answers must be common, or the agreement says little.
        var pairs = Seeds * PostingsPerSeed * StudentsPerSeed;
        admitted.ShouldBeGreaterThan(pairs / 10);
        refused.ShouldBeGreaterThan(pairs / 10);
    }

    /// <summary>The rules as a coordinator would check them by hand: a birthday is passed once its month and day are.</summary>
    private static bool ByTheCalendar(InternshipPosting posting, Student student, IReadOnlyCollection<int> pathways, IReadOnlySet<int> held)
    {
        var start = posting.StartDate;
        var born = student.DateOfBirth;
        var age = start.Year - born.Year - ((start.Month, start.Day).CompareTo((born.Month, born.Day)) < 0 ? 1 : 0);
        return student.IsActive
            && posting.EligibleGrades.Contains(student.Grade)
            && (posting.MinimumAge is null || age >= posting.MinimumAge)
            && posting.Pathways.Any(p => pathways.Contains(p.PathwayId))
            && posting.RequiredBadges.All(b => held.Contains(b.BadgeClassId));
    }

    private static bool CanApply(InternshipPosting posting, Student student, IEnumerable<int> pathways, IReadOnlySet<int> held)
    {
        try
        {
            InternshipApplication.Submit(posting, student, pathways, "Statement.", 1, Build.Today, Build.Now, held);
            return true;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }

    /// <summary>The applicant as the search reads it: the student's row, their enrolments that have not ended, the badges they hold.</summary>
    private static Applicant AsSearchReadsIt(Student student, IReadOnlySet<int> held) =>
        new(student.IsActive, student.Grade, student.DateOfBirth, student.Enrolments.Where(e => e.IsActive).Select(e => e.PathwayId).ToHashSet(), held);

    private static (InternshipPosting Posting, CatalogEntry Entry) RandomPosting(Random random)
    {
        var start = random.Next(3) == 0
            ? EdgeStartDates[random.Next(EdgeStartDates.Length)]
            : new DateOnly(2027, 1, 1).AddDays(random.Next(730));
        int[] grades = random.Next(8) switch
        {
            0 => [11],
            1 => [12],
            2 => [10, 11],
            _ => [11, 12],
        };
        int? minimumAge = random.Next(5) < 2 ? null : random.Next(14, 22);
        var pathways = Subset(random, 1, 4, minimum: 1);
        var badges = random.Next(3) == 0 ? Subset(random, 1, 3, minimum: 1) : [];
        var details = new PostingDetails("Intern", "Work.", pathways, 18m, 10m, start, start.AddDays(90), 2, null, true, start.AddDays(-14),
            grades, minimumAge, null, null, badges);
        var posting = new InternshipPosting(0, details, Build.Now);
        posting.Submit(Build.Now);
        posting.Approve(Build.Employer(), Build.Today, Build.Now);

        // What the catalogue loads for the posting: the posting, and its pathways and badges (names do not matter here).
        var entry = CatalogEntry.Of(posting, "Employer", posting.Pathways.Select(p => new PathwayRef(p.PathwayId, $"Pathway {p.PathwayId}")).ToList(),
            posting.RequiredBadges.Select(b => new BadgeRef(b.BadgeClassId, $"Badge {b.BadgeClassId}")).ToList());
        return (posting, entry);
    }

    private static (Student Student, IReadOnlySet<int> Held) RandomStudent(Random random, List<(InternshipPosting Posting, CatalogEntry Entry)> postings)
    {
        var born = random.Next(3) switch
        {
            0 => LeapBirthdays[random.Next(LeapBirthdays.Length)],
            1 => BirthdayNearAStart(random, postings),
            _ => new DateOnly(2005, 1, 1).AddDays(random.Next(9 * 365)),
        };
        var student = new Student("S", "A", "B", "a@b.local", random.Next(Grades.Lowest, Grades.Highest + 1), born, 1);
        foreach (var pathwayId in Subset(random, 1, 5, minimum: 0))
        {
            student.Enrol(pathwayId, Build.Today.AddYears(-1));
            if (random.Next(5) == 0)
            {
                student.EndEnrolment(pathwayId, Build.Today.AddDays(-10));
            }
        }

        if (random.Next(8) == 0)
        {
            student.Update("A", "B", "a@b.local", student.Grade, born, 1, isActive: false);
        }

        return (student, Subset(random, 1, 3, minimum: 0).ToHashSet());
    }

    /// <summary>A birthday on, or a day either side of, the day some posting's student comes of its minimum age.</summary>
    private static DateOnly BirthdayNearAStart(Random random, List<(InternshipPosting Posting, CatalogEntry Entry)> postings)
    {
        var (posting, _) = postings[random.Next(postings.Count)];
        return posting.StartDate.AddYears(-(posting.MinimumAge ?? 16)).AddDays(random.Next(-1, 2));
    }

    private static int[] Subset(Random random, int from, int to, int minimum)
    {
        while (true)
        {
            var subset = Enumerable.Range(from, to - from + 1).Where(_ => random.Next(2) == 0).ToArray();
            if (subset.Length >= minimum)
            {
                return subset;
            }
        }
    }
}
