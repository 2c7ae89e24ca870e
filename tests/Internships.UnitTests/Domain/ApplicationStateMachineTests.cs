using Internships.Domain.Applications;
using Internships.Domain.Common;
using Internships.Domain.Postings;
using Shouldly;

namespace Internships.UnitTests.Domain;

public sealed class ApplicationStateMachineTests
{
    public enum Act
    {
        Review,
        Reject,
        Offer,
        Accept,
        Decline,
        Withdraw,
    }

    /// <summary>The whole table: from each state, which actions are allowed and where they lead.</summary>
    private static readonly Dictionary<(ApplicationStatus From, Act Act), ApplicationStatus> Allowed = new()
    {
        [(ApplicationStatus.Submitted, Act.Review)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Submitted, Act.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.Submitted, Act.Offer)] = ApplicationStatus.Offered,
        [(ApplicationStatus.Submitted, Act.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.UnderReview, Act.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.UnderReview, Act.Offer)] = ApplicationStatus.Offered,
        [(ApplicationStatus.UnderReview, Act.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.Offered, Act.Accept)] = ApplicationStatus.Accepted,
        [(ApplicationStatus.Offered, Act.Decline)] = ApplicationStatus.Declined,
        [(ApplicationStatus.Offered, Act.Withdraw)] = ApplicationStatus.Withdrawn,
    };

    public static IEnumerable<TestCaseData> EveryStateAndAction() =>
        from status in Enum.GetValues<ApplicationStatus>()
        from act in Enum.GetValues<Act>()
        select new TestCaseData(status, act).SetName($"{status} then {act}");

    [TestCaseSource(nameof(EveryStateAndAction))]
    public void Follows_the_state_machine(ApplicationStatus from, Act act)
    {
        var posting = Build.OpenPosting(slots: 5);
        var application = InState(from, posting);
        application.ClearDomainEvents();
        var filledBefore = posting.FilledSlots;

        Action action = act switch
        {
            Act.Review => () => application.StartReview(Build.Now),
            Act.Reject => () => application.Reject("Not this time.", Build.Now),
            Act.Offer => () => application.MakeOffer(posting, Build.Now),
            Act.Accept => () => application.AcceptOffer(posting, Build.Now),
            Act.Decline => () => application.DeclineOffer(Build.Now),
            _ => () => application.Withdraw(Build.Now),
        };

        if (Allowed.TryGetValue((from, act), out var to))
        {
            action();
            application.Status.ShouldBe(to);
            application.DomainEvents.OfType<ApplicationStatusChanged>().ShouldHaveSingleItem().To.ShouldBe(to);
            posting.FilledSlots.ShouldBe(to == ApplicationStatus.Accepted ? filledBefore + 1 : filledBefore);
        }
        else
        {
            Should.Throw<InvalidStateTransitionException>(action);
            application.Status.ShouldBe(from);
            application.DomainEvents.ShouldBeEmpty();
            posting.FilledSlots.ShouldBe(filledBefore);
        }
    }

    [Test]
    public void Offer_and_acceptance_are_announced()
    {
        var posting = Build.OpenPosting();
        var application = Build.Application(posting);
        application.DomainEvents.OfType<ApplicationSubmitted>().ShouldHaveSingleItem();

        application.MakeOffer(posting, Build.Now);
        application.AcceptOffer(posting, Build.Now);

        application.DomainEvents.OfType<OfferMade>().ShouldHaveSingleItem();
        application.DomainEvents.OfType<OfferAccepted>().ShouldHaveSingleItem();
    }

    [Test]
    public void Accepting_the_last_slot_fills_the_posting_and_later_offers_cannot_be_accepted()
    {
        var posting = Build.OpenPosting(slots: 1);
        var first = Build.Application(posting);
        var second = Build.Application(posting, Build.Student(grade: 12, age: 17));
        first.MakeOffer(posting, Build.Now);
        second.MakeOffer(posting, Build.Now);

        first.AcceptOffer(posting, Build.Now);

        posting.Status.ShouldBe(PostingStatus.Filled);
        posting.DomainEvents.OfType<PostingStoppedAccepting>().ShouldHaveSingleItem();
        Should.Throw<DomainRuleException>(() => second.AcceptOffer(posting, Build.Now)).Message.ShouldContain("filled");
        second.Status.ShouldBe(ApplicationStatus.Offered);
        posting.FilledSlots.ShouldBe(1);
    }

    [Test]
    public void No_new_offers_once_the_posting_is_closed()
    {
        var posting = Build.OpenPosting();
        var application = Build.Application(posting);
        posting.Close(Build.Now);

        Should.Throw<DomainRuleException>(() => application.MakeOffer(posting, Build.Now)).Message.ShouldContain("closed");
    }

    [Test]
    public void Applications_in_play_close_with_their_posting()
    {
        var posting = Build.OpenPosting();
        var waiting = Build.Application(posting);
        var offered = Build.Application(posting, Build.Student(grade: 12, age: 17));
        offered.MakeOffer(posting, Build.Now);
        posting.Close(Build.Now);

        waiting.CloseBecausePostingStopped(posting.Status, Build.Now);
        offered.CloseBecausePostingStopped(posting.Status, Build.Now);

        waiting.Status.ShouldBe(ApplicationStatus.Rejected);
        waiting.DecisionNote.ShouldBe("The employer closed this posting.");
        offered.Status.ShouldBe(ApplicationStatus.Rejected);
        offered.DecisionNote.ShouldBe("The employer closed this posting before you accepted.");
    }

    [Test]
    public void A_student_who_accepts_after_the_last_place_went_is_told_so()
    {
        var posting = Build.OpenPosting(slots: 1);
        var first = Build.Application(posting);
        var second = Build.Application(posting, Build.Student(grade: 12, age: 17));
        first.MakeOffer(posting, Build.Now);
        second.MakeOffer(posting, Build.Now);
        first.AcceptOffer(posting, Build.Now);

        second.CloseBecausePostingStopped(posting.Status, Build.Now);

        Should.Throw<DomainRuleException>(() => second.AcceptOffer(posting, Build.Now))
            .Message.ShouldBe("Every place in this internship was filled before you accepted.");
    }

    [Test]
    public void Decided_applications_are_left_alone_when_a_posting_closes()
    {
        var posting = Build.OpenPosting();
        var declined = Build.Application(posting);
        declined.MakeOffer(posting, Build.Now);
        declined.DeclineOffer(Build.Now);
        posting.Close(Build.Now);

        declined.CloseBecausePostingStopped(posting.Status, Build.Now);

        declined.Status.ShouldBe(ApplicationStatus.Declined);
        declined.DecisionNote.ShouldBeNull();
    }

    [Test]
    public void Cannot_apply_to_a_posting_that_is_not_taking_applications()
    {
        var draft = new InternshipPosting(0, Build.Details(), Build.Now);
        var open = Build.OpenPosting();

        Should.Throw<DomainRuleException>(() => Build.Application(draft)).Message.ShouldContain("not taking applications");
        Should.Throw<DomainRuleException>(() => InternshipApplication.Submit(open, Build.Student(), [Build.PathwayId], "Hi", 1,
            open.ApplicationDeadline.AddDays(1), Build.Now)).Message.ShouldContain("closed on");
    }

    [Test]
    public void A_rank_starts_at_one()
    {
        var application = Build.Application(Build.OpenPosting());

        application.ChangeRank(3);

        application.Rank.ShouldBe(3);
        Should.Throw<DomainRuleException>(() => application.ChangeRank(0));
    }

    private static InternshipApplication InState(ApplicationStatus status, InternshipPosting posting)
    {
        var application = Build.Application(posting);
        switch (status)
        {
            case ApplicationStatus.UnderReview:
                application.StartReview(Build.Now);
                break;
            case ApplicationStatus.Offered:
                application.MakeOffer(posting, Build.Now);
                break;
            case ApplicationStatus.Accepted:
                application.MakeOffer(posting, Build.Now);
                application.AcceptOffer(posting, Build.Now);
                break;
            case ApplicationStatus.Declined:
                application.MakeOffer(posting, Build.Now);
                application.DeclineOffer(Build.Now);
                break;
            case ApplicationStatus.Rejected:
                application.Reject(null, Build.Now);
                break;
            case ApplicationStatus.Withdrawn:
                application.Withdraw(Build.Now);
                break;
        }

        return application;
    }
}
