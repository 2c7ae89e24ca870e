using Internships.Application.Features.Evaluations;
using Internships.Domain.Common;
using Internships.Domain.Evaluations;
using Internships.Domain.Notifications;
using Shouldly;

namespace Internships.UnitTests.Notifications;

public sealed class NotificationRulesTests
{
    [TestCase(NotificationKind.OfferMade)]
    [TestCase(NotificationKind.OfferAccepted)]
    [TestCase(NotificationKind.OfferDeclined)]
    [TestCase(NotificationKind.EvaluationDue)]
    [TestCase(NotificationKind.PlacementStarting)]
    [TestCase(NotificationKind.PostingReturned)]
    public void Offers_and_deadlines_are_essential(NotificationKind kind) => NotificationRules.IsEssential(kind).ShouldBeTrue();

    [TestCase(NotificationKind.ApplicationReceived)]
    [TestCase(NotificationKind.ApplicationReceivedByEmployer)]
    [TestCase(NotificationKind.ApplicationStatusChanged)]
    [TestCase(NotificationKind.PostingApproved)]
    [TestCase(NotificationKind.HoursAwaitingApproval)]
    [TestCase(NotificationKind.BadgeAwarded)]
    public void Other_messages_can_be_turned_off(NotificationKind kind) => NotificationRules.IsEssential(kind).ShouldBeFalse();

    [Test]
    public void A_suppressed_essential_message_is_still_sent()
    {
        var essential = NewNotification(NotificationKind.OfferMade, suppressed: true);
        var optional = NewNotification(NotificationKind.BadgeAwarded, suppressed: true);

        essential.Status.ShouldBe(NotificationStatus.Pending);
        optional.Status.ShouldBe(NotificationStatus.Suppressed);
    }

    [Test]
    public void The_retry_delay_doubles_from_the_base_up_to_the_cap()
    {
        var delays = Enumerable.Range(1, 10)
            .Select(attempt => NotificationRules.RetryDelay(attempt, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)).TotalSeconds)
            .ToList();

        delays.ShouldBe([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    }

    [Test]
    public void A_huge_attempt_number_does_not_overflow() =>
        NotificationRules.RetryDelay(10_000, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)).ShouldBe(TimeSpan.FromHours(1));

    [Test]
    public void No_base_delay_means_retry_at_once() =>
        NotificationRules.RetryDelay(3, TimeSpan.Zero, TimeSpan.FromHours(1)).ShouldBe(TimeSpan.Zero);

    [Test]
    public void Attempts_count_from_one() =>
        Should.Throw<ArgumentOutOfRangeException>(() => NotificationRules.RetryDelay(0, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1)));

    [Test]
    public void Each_notification_has_its_own_message_id_on_the_configured_domain()
    {
        var first = NewNotification(NotificationKind.OfferMade);
        var second = NewNotification(NotificationKind.OfferMade);

        first.MessageId.ShouldEndWith("@valley.example");
        first.MessageId.ShouldNotBe(second.MessageId);
    }

    [Test]
    public void Only_a_failed_notification_can_be_resent()
    {
        var pending = NewNotification(NotificationKind.OfferMade);

        Should.Throw<DomainRuleException>(() => pending.Resend(DateTime.UtcNow)).Message.ShouldContain("pending");
    }

    [Test]
    public void Evaluations_are_due_at_the_midpoint_and_on_the_last_day()
    {
        var start = new DateOnly(2027, 2, 1);
        var end = new DateOnly(2027, 5, 1);

        EvaluationRules.Due(EvaluationKind.Midpoint, start, end).ShouldBe(new DateOnly(2027, 3, 17), "44 of the 89 days");
        EvaluationRules.Due(EvaluationKind.Final, start, end).ShouldBe(end);
    }

    [TestCase("2027-03-08", false)]
    [TestCase("2027-03-09", true)]
    [TestCase("2027-03-16", true)]
    [TestCase("2027-04-01", true)]
    public void Reminders_start_a_week_before_the_due_date_and_go_on_while_overdue(string today, bool remind) =>
        EvaluationRules.RemindOn(DateOnly.Parse(today), new DateOnly(2027, 3, 16)).ShouldBe(remind);

    [TestCase("2027-03-15", "2027-03-15")]
    [TestCase("2027-03-18", "2027-03-15")]
    [TestCase("2027-03-21", "2027-03-15")]
    public void Reminders_repeat_weekly_from_monday(string day, string monday) =>
        EvaluationRules.WeekOf(DateOnly.Parse(day)).ShouldBe(DateOnly.Parse(monday));

    private static Notification NewNotification(NotificationKind kind, bool suppressed = false) =>
        new(kind, new NotificationRecipient("maya@students.example", "Maya"), new NotificationContent("Subject", "text", "<p>html</p>"),
            "valley.example", null, suppressed, DateTime.UtcNow);
}
