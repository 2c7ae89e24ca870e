using Internships.Domain.Common;
using Internships.Domain.Postings;
using Shouldly;

namespace Internships.UnitTests.Domain;

public sealed class PostingStateMachineTests
{
    private static InternshipPosting Draft() => new(0, Build.Details(), Build.Now);

    [Test]
    public void A_new_posting_is_a_draft()
    {
        var posting = Draft();

        posting.Status.ShouldBe(PostingStatus.Draft);
        posting.EligibleGrades.ShouldBe([11, 12]);
        posting.RemainingSlots.ShouldBe(2);
    }

    [Test]
    public void Submitting_a_draft_waits_for_approval()
    {
        var posting = Draft();

        posting.Submit(Build.Now);

        posting.Status.ShouldBe(PostingStatus.Submitted);
        posting.SubmittedAt.ShouldBe(Build.Now);
    }

    [Test]
    public void Approval_opens_a_submitted_posting()
    {
        var posting = Draft();
        posting.Submit(Build.Now);

        posting.Approve(Build.Employer(), Build.Today, Build.Now);

        posting.Status.ShouldBe(PostingStatus.Open);
        posting.OpenedAt.ShouldBe(Build.Now);
        posting.AcceptsApplicationsOn(Build.Today).ShouldBeTrue();
        posting.DomainEvents.OfType<PostingApproved>().ShouldHaveSingleItem();
    }

    [Test]
    public void Approval_needs_the_employers_agreement_in_force()
    {
        var posting = Draft();
        posting.Submit(Build.Now);
        var expired = new Internships.Domain.Employers.Employer("Old Partner", "Farming", "a@b.local", null, null, null,
            Build.Today.AddYears(-3), Build.Today.AddDays(-1));

        Should.Throw<DomainRuleException>(() => posting.Approve(Build.Employer(agreement: false), Build.Today, Build.Now))
            .Message.ShouldContain("partner agreement");
        Should.Throw<DomainRuleException>(() => posting.Approve(expired, Build.Today, Build.Now));
        posting.Status.ShouldBe(PostingStatus.Submitted);
    }

    [Test]
    public void Approval_after_the_deadline_is_refused()
    {
        var posting = Draft();
        posting.Submit(Build.Now);

        Should.Throw<DomainRuleException>(() => posting.Approve(Build.Employer(), posting.ApplicationDeadline.AddDays(1), Build.Now))
            .Message.ShouldContain("deadline has passed");
    }

    [Test]
    public void Returning_sends_it_back_to_draft_with_the_reason_until_resubmitted()
    {
        var posting = Draft();
        posting.Submit(Build.Now);

        posting.Return("  State the summer wage.  ");

        posting.Status.ShouldBe(PostingStatus.Draft);
        posting.ReturnReason.ShouldBe("State the summer wage.");
        posting.Submit(Build.Now);
        posting.ReturnReason.ShouldBeNull();
    }

    [TestCase(PostingStatus.Draft, "approve")]
    [TestCase(PostingStatus.Draft, "return")]
    [TestCase(PostingStatus.Draft, "close")]
    [TestCase(PostingStatus.Open, "submit")]
    [TestCase(PostingStatus.Open, "edit")]
    [TestCase(PostingStatus.Open, "approve")]
    [TestCase(PostingStatus.Submitted, "edit")]
    [TestCase(PostingStatus.Submitted, "close")]
    [TestCase(PostingStatus.Closed, "close")]
    [TestCase(PostingStatus.Closed, "submit")]
    public void Illegal_transitions_are_refused_and_change_nothing(PostingStatus from, string action)
    {
        var posting = InState(from);
        var title = posting.Title;

        Action act = action switch
        {
            "submit" => () => posting.Submit(Build.Now),
            "approve" => () => posting.Approve(Build.Employer(), Build.Today, Build.Now),
            "return" => () => posting.Return("why"),
            "close" => () => posting.Close(Build.Now),
            _ => () => posting.Edit(Build.Details() with { Title = "Changed" }),
        };

        Should.Throw<InvalidStateTransitionException>(act).From.ShouldBe(from.ToString().ToLowerInvariant());
        posting.Status.ShouldBe(from);
        posting.Title.ShouldBe(title);
    }

    [Test]
    public void Closing_an_open_posting_stops_it_accepting()
    {
        var posting = Build.OpenPosting();

        posting.Close(Build.Now);

        posting.Status.ShouldBe(PostingStatus.Closed);
        posting.AcceptsApplicationsOn(Build.Today).ShouldBeFalse();
        posting.DomainEvents.OfType<PostingStoppedAccepting>().ShouldHaveSingleItem();
    }

    [Test]
    public void A_filled_posting_can_be_closed_without_announcing_it_again()
    {
        var posting = Build.OpenPosting(slots: 1);
        Build.Application(posting).Tap(a => a.MakeOffer(posting, Build.Now)).AcceptOffer(posting, Build.Now);
        posting.ClearDomainEvents();

        posting.Close(Build.Now);

        posting.Status.ShouldBe(PostingStatus.Closed);
        posting.DomainEvents.ShouldBeEmpty();
    }

    [Test]
    public void No_applications_after_the_deadline()
    {
        var posting = Build.OpenPosting();

        posting.AcceptsApplicationsOn(posting.ApplicationDeadline).ShouldBeTrue();
        posting.AcceptsApplicationsOn(posting.ApplicationDeadline.AddDays(1)).ShouldBeFalse();
    }

    [Test]
    public void Editing_replaces_the_pathways()
    {
        var posting = new InternshipPosting(0, Build.Details(pathways: [1, 2]), Build.Now);

        posting.Edit(Build.Details(pathways: [2, 3]));

        posting.Pathways.Select(p => p.PathwayId).Order().ShouldBe([2, 3]);
    }

    [Test]
    public void Details_must_hold_together()
    {
        var start = Build.Today.AddDays(30);

        Should.Throw<DomainRuleException>(() => new InternshipPosting(0, Build.Details(start: start, end: start), Build.Now));
        Should.Throw<DomainRuleException>(() => new InternshipPosting(0, Build.Details(start: start, deadline: start.AddDays(1)), Build.Now));
        Should.Throw<DomainRuleException>(() => new InternshipPosting(0, Build.Details(location: null), Build.Now));
        Should.Throw<DomainRuleException>(() => new InternshipPosting(0, Build.Details(slots: 0), Build.Now));
        Should.Throw<DomainRuleException>(() => new InternshipPosting(0, Build.Details(pathways: []), Build.Now));
        Should.NotThrow(() => new InternshipPosting(0, Build.Details(location: null, remote: true), Build.Now));
    }

    private static InternshipPosting InState(PostingStatus status)
    {
        var posting = Draft();
        if (status == PostingStatus.Draft)
        {
            return posting;
        }

        posting.Submit(Build.Now);
        if (status == PostingStatus.Submitted)
        {
            return posting;
        }

        posting.Approve(Build.Employer(), Build.Today, Build.Now);
        if (status == PostingStatus.Closed)
        {
            posting.Close(Build.Now);
        }

        return posting;
    }
}

internal static class FluentExtensions
{
    public static T Tap<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
