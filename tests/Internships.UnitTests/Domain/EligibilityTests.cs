using Internships.Domain.Common;
using Shouldly;

namespace Internships.UnitTests.Domain;

public sealed class EligibilityTests
{
    [Test]
    public void An_active_junior_in_the_pathway_is_eligible()
    {
        Build.OpenPosting().EligibilityProblems(Build.Student(), [Build.PathwayId]).ShouldBeEmpty();
    }

    [Test]
    public void Grade_must_be_open()
    {
        var seniorsOnly = Build.OpenPosting(grades: [12]);

        seniorsOnly.EligibilityProblems(Build.Student(grade: 11), [Build.PathwayId]).ShouldHaveSingleItem()
            .ShouldBe("This posting is open to grade 12 students.");
        seniorsOnly.EligibilityProblems(Build.Student(grade: 12, age: 17), [Build.PathwayId]).ShouldBeEmpty();
    }

    [Test]
    public void Age_is_judged_on_the_start_date()
    {
        var posting = Build.OpenPosting(minimumAge: 18);
        var eighteenOnStart = new Internships.Domain.Students.Student("S2", "B", "C", "b@c.local", 12, posting.StartDate.AddYears(-18), 1);
        var eighteenTheDayAfter = new Internships.Domain.Students.Student("S3", "B", "C", "b@c.local", 12, posting.StartDate.AddYears(-18).AddDays(1), 1);

        posting.EligibilityProblems(eighteenOnStart, [Build.PathwayId]).ShouldBeEmpty();
        posting.EligibilityProblems(eighteenTheDayAfter, [Build.PathwayId]).ShouldHaveSingleItem().ShouldContain("at least 18");
    }

    [Test]
    public void The_student_must_be_in_one_of_its_pathways_and_enrolled_in_the_district()
    {
        var problems = Build.OpenPosting().EligibilityProblems(Build.Student(active: false), [Build.PathwayId + 1]);

        problems.Count.ShouldBe(2);
        problems.ShouldContain("You are not currently enrolled in the district.");
        problems.ShouldContain("This posting is for a career pathway you are not enrolled in.");
    }

    [Test]
    public void Applying_while_ineligible_says_why()
    {
        var posting = Build.OpenPosting(grades: [12]);

        Should.Throw<DomainRuleException>(() => Build.Application(posting, Build.Student(grade: 11)))
            .Message.ShouldBe("You are not eligible for this posting: This posting is open to grade 12 students.");
    }
}
