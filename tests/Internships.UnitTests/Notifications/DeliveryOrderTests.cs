using System.Reflection;
using Internships.Domain.Notifications;
using Shouldly;

namespace Internships.UnitTests.Notifications;

/// <summary>
/// Which messages are due (<see cref="NotificationRules.Due"/>, the very rule the dispatcher's query runs): per recipient
/// in order of creation, so a message never overtakes an older one to the same address that is waiting for a retry;
/// other addresses, and messages given up on, hold nothing back.
/// </summary>
public sealed class DeliveryOrderTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private long _nextId;

    [Test]
    public void Messages_that_have_waited_long_enough_are_due_oldest_first_for_everyone()
    {
        var first = Pending("ana@students.example");
        var second = Pending("ana@students.example");
        var other = Pending("ben@students.example");

        DueOf(first, second, other).ShouldBe([first.Id, second.Id, other.Id]);
    }

    [Test]
    public void A_message_waits_while_an_older_one_to_the_same_address_waits_for_its_retry()
    {
        var retried = Pending("ana@students.example", nextAttempt: Now.AddMinutes(4));
        var newer = Pending("ana@students.example");
        var newest = Pending("ana@students.example");
        var someoneElse = Pending("ben@students.example");

        DueOf(retried, newer, newest, someoneElse).ShouldBe([someoneElse.Id], "only another address goes meanwhile");
    }

    [Test]
    public void Once_the_older_message_is_due_they_all_go_in_order()
    {
        var retried = Pending("ana@students.example", nextAttempt: Now.AddSeconds(-1));
        var newer = Pending("ana@students.example");

        DueOf(retried, newer).ShouldBe([retried.Id, newer.Id]);
    }

    [Test]
    public void A_message_waits_while_an_older_one_to_the_same_address_is_being_sent()
    {
        var sending = Set(Pending("ana@students.example"), NotificationStatus.Sending, leaseEnds: Now.AddMinutes(5));
        var newer = Pending("ana@students.example");

        DueOf(sending, newer).ShouldBeEmpty();
    }

    [Test]
    public void A_claim_whose_lease_ran_out_is_taken_over_first_and_holds_nothing_back()
    {
        var abandoned = Set(Pending("ana@students.example"), NotificationStatus.Sending, leaseEnds: Now.AddSeconds(-1));
        var newer = Pending("ana@students.example");

        DueOf(abandoned, newer).ShouldBe([abandoned.Id, newer.Id]);
    }

    [TestCase(NotificationStatus.Failed)]
    [TestCase(NotificationStatus.Sent)]
    [TestCase(NotificationStatus.Suppressed)]
    public void Messages_given_up_on_sent_or_suppressed_hold_nothing_back(NotificationStatus status)
    {
        var done = Set(Pending("ana@students.example", nextAttempt: Now.AddHours(1)), status);
        var newer = Pending("ana@students.example");

        DueOf(done, newer).ShouldBe([newer.Id]);
    }

    [Test]
    public void A_newer_message_waiting_for_its_retry_does_not_hold_back_an_older_one()
    {
        var older = Pending("ana@students.example");
        var newerRetried = Pending("ana@students.example", nextAttempt: Now.AddMinutes(1));

        DueOf(older, newerRetried).ShouldBe([older.Id]);
    }

    private List<long> DueOf(params Notification[] outbox) =>
        NotificationRules.Due(outbox.AsQueryable(), Now).OrderBy(n => n.Id).Select(n => n.Id).ToList();

    /// <summary>A queued message; its id and state are what the database and the dispatcher give it, so they are set here.</summary>
    private Notification Pending(string email, DateTime? nextAttempt = null)
    {
        var notification = new Notification(NotificationKind.PostingApproved, new NotificationRecipient(email, "Someone"),
            new NotificationContent("Subject", "text", "<p>html</p>"), "valley.example", null, suppressed: false, Now.AddMinutes(-10));
        Property(notification, nameof(Notification.Id), ++_nextId);
        Property(notification, nameof(Notification.NextAttemptAt), nextAttempt ?? Now.AddMinutes(-10));
        return notification;
    }

    private static Notification Set(Notification notification, NotificationStatus status, DateTime? leaseEnds = null)
    {
        Property(notification, nameof(Notification.Status), status);
        Property(notification, nameof(Notification.LeaseExpiresAt), leaseEnds);
        return notification;
    }

    private static void Property(Notification notification, string name, object? value) =>
        typeof(Notification).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.SetValue(notification, value);
}
