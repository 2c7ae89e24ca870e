using Internships.Domain.Common;
using Internships.Domain.Students;
using Shouldly;

namespace Internships.UnitTests.Domain;

public sealed class StudentTests
{
    private static Student BornOn(DateOnly dateOfBirth) => new("S1", "Ana", "Diaz", "a@b.local", 11, dateOfBirth, 1);

    [TestCase("2009-06-15", "2026-06-14", 16)]
    [TestCase("2009-06-15", "2026-06-15", 17)]
    [TestCase("2008-02-29", "2026-02-28", 17)]
    [TestCase("2008-02-29", "2026-03-01", 18)]
    public void Age_counts_whole_years(string born, string on, int age)
    {
        BornOn(DateOnly.Parse(born)).AgeOn(DateOnly.Parse(on)).ShouldBe(age);
    }

    [Test]
    public void A_minor_is_under_eighteen()
    {
        var student = BornOn(new DateOnly(2008, 11, 23));

        student.IsMinorOn(new DateOnly(2026, 11, 22)).ShouldBeTrue();
        student.IsMinorOn(new DateOnly(2026, 11, 23)).ShouldBeFalse();
    }

    [Test]
    public void Enrolment_ends_and_can_start_again()
    {
        var student = BornOn(new DateOnly(2010, 1, 1));
        student.Enrol(3, Build.Today.AddMonths(-6));

        Should.Throw<DomainRuleException>(() => student.Enrol(3, Build.Today)).Message.ShouldContain("already enrolled");
        student.EndEnrolment(3, Build.Today);
        student.ActivePathwayIds.ShouldBeEmpty();
        student.Enrol(3, Build.Today);

        student.ActivePathwayIds.ShouldBe([3]);
        student.Enrolments.ShouldHaveSingleItem().EnrolledOn.ShouldBe(Build.Today);
    }

    [Test]
    public void An_enrolment_cannot_end_before_it_began_or_end_twice()
    {
        var student = BornOn(new DateOnly(2010, 1, 1));
        student.Enrol(3, Build.Today);

        Should.Throw<DomainRuleException>(() => student.EndEnrolment(3, Build.Today.AddDays(-1)));
        student.EndEnrolment(3, Build.Today);
        Should.Throw<DomainRuleException>(() => student.EndEnrolment(3, Build.Today));
    }

    [TestCase(8)]
    [TestCase(13)]
    public void Grade_is_one_the_district_serves(int grade)
    {
        Should.Throw<DomainRuleException>(() => new Student("S", "A", "B", "a@b.local", grade, new DateOnly(2010, 1, 1), 1));
    }
}
