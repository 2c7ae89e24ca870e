using Internships.Application.Features.StateReporting;
using Internships.Domain.Common;
using Internships.Domain.Contacts;
using Internships.Domain.StateReporting;
using Internships.Domain.Terms;

namespace Internships.UnitTests.StateReporting;

public sealed class WblrLayoutTests
{
    [TestCase(1.0, EmployerEvaluation.DoesNotMeetExpectations)]
    [TestCase(1.49, EmployerEvaluation.DoesNotMeetExpectations)]
    [TestCase(1.5, EmployerEvaluation.PartiallyMeetsExpectations)]
    [TestCase(2.49, EmployerEvaluation.PartiallyMeetsExpectations)]
    [TestCase(2.5, EmployerEvaluation.MeetsExpectations)]
    [TestCase(3.49, EmployerEvaluation.MeetsExpectations)]
    [TestCase(3.5, EmployerEvaluation.AboveExpectations)]
    [TestCase(4.0, EmployerEvaluation.AboveExpectations)]
    public void The_rubric_average_rounded_half_up_is_the_evaluation_level(double average, EmployerEvaluation level) =>
        Assert.That(WblrLayout.LevelOf(average), Is.EqualTo(level));

    [Test]
    public void Configured_codes_replace_the_defaults()
    {
        var settings = CalpadsSettings.Default with { EvaluationCodes = new Dictionary<string, string> { ["AboveExpectations"] = "AE" } };
        Assert.Multiple(() =>
        {
            Assert.That(settings.CodeFor(EmployerEvaluation.AboveExpectations), Is.EqualTo("AE"));
            Assert.That(settings.CodeFor(EmployerEvaluation.MeetsExpectations), Is.EqualTo("3"));
        });
    }

    [TestCase("2026-07-01", 2026)]
    [TestCase("2027-06-30", 2026)]
    [TestCase("2026-06-30", 2025)]
    public void An_academic_year_runs_from_1_July_to_30_June(string day, int startYear)
    {
        Assert.That(WblrLayout.AcademicYearOf(DateOnly.Parse(day)), Is.EqualTo(startYear));
        Assert.That(WblrLayout.AcademicYear(2026), Is.EqualTo(("2026-2027", new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30))));
    }

    [Test]
    public void The_layout_fits_the_file_specification()
    {
        Assert.Multiple(() =>
        {
            Assert.That(WblrLayout.Fields.Select(f => f.Number), Is.EqualTo(Enumerable.Range(1, 16).Select(n => $"21.{n:D2}")));
            Assert.That(WblrLayout.Fields.Single(f => f.Number == "21.13").Name, Does.Contain("Employer Performance Evaluation"));
            Assert.That(WblrLayout.InternshipId(123456789).Length, Is.LessThanOrEqualTo(36));
            Assert.That(WblrLayout.Hours(12.5m), Is.EqualTo("13"));
            Assert.That(WblrLayout.Line(["WBLR", "", "10"]), Is.EqualTo("WBLR^^10"));
        });
    }

    [Test]
    public void State_identifiers_have_their_shapes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StateCodes.IsSsid("1234567890"), Is.True);
            Assert.That(StateCodes.IsSsid("123456789"), Is.False);
            Assert.That(StateCodes.IsCdsCode("10621661030006"), Is.True);
            Assert.That(StateCodes.IsCdsCode("1062166103000X"), Is.False);
            Assert.That(StateCodes.IsStateCourseCode("7703"), Is.True);
            Assert.That(StateCodes.IsStateCourseCode("77"), Is.False);
        });
    }

    [Test]
    public void A_term_ends_on_or_after_it_starts_and_a_follow_up_needs_a_due_day()
    {
        Assert.Throws<DomainRuleException>(() => new Term("Backwards", new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 1)));
        var today = new DateOnly(2026, 11, 20);
        Assert.Throws<DomainRuleException>(() => new ContactLogEntry(null, 1, null, today, ContactKind.PhoneCall, ContactParties.Guardian, null,
            "Called.", "Send the form", null, "c", 1, DateTime.UtcNow));
        var contact = new ContactLogEntry(null, 1, null, today, ContactKind.PhoneCall, ContactParties.Guardian, null, "Called.", "Send the form",
            today.AddDays(3), "c", 1, DateTime.UtcNow);
        contact.CompleteFollowUp(today.AddDays(1));
        Assert.That(contact.HasOpenFollowUp, Is.False);
        Assert.Throws<InvalidStateTransitionException>(() => contact.CompleteFollowUp(today.AddDays(2)));
    }
}
