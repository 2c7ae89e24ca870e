using Internships.Domain.Common;
using Internships.Domain.Matching;

namespace Internships.UnitTests.Domain;

public sealed class MatchRoundTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static MatchRound Round(int maxChoices = 3, params (int, int)[] postings) =>
        MatchRound.Create("Spring", "Spring 2027", maxChoices, Today.AddDays(7), false,
            postings.Length == 0 ? [(1, 2), (2, 1), (3, 0)] : postings, Today, Now);

    [Test]
    public void A_round_moves_open_locked_run_published_and_not_back()
    {
        var round = Round();
        Assert.That(round.Status, Is.EqualTo(MatchRoundStatus.Open));
        Assert.That(() => round.StartRun(), Throws.TypeOf<DomainRuleException>().With.Message.Contains("Lock the round"));
        Assert.That(() => round.Publish(1, Now), Throws.TypeOf<InvalidStateTransitionException>());

        round.Lock(Now);
        Assert.That(() => round.Lock(Now), Throws.TypeOf<InvalidStateTransitionException>());
        Assert.That(() => round.Publish(1, Now), Throws.TypeOf<DomainRuleException>().With.Message.Contains("Run the match"));
        Assert.That(round.StartRun(), Is.EqualTo(1));
        Assert.That(round.StartRun(), Is.EqualTo(2));
        Assert.That(() => round.Publish(3, Now), Throws.TypeOf<DomainRuleException>().With.Message.Contains("no run 3"));

        round.Publish(1, Now);
        Assert.That((round.Status, round.PublishedRunNumber), Is.EqualTo((MatchRoundStatus.Published, (int?)1)));
        Assert.That(() => round.StartRun(), Throws.TypeOf<DomainRuleException>().With.Message.Contains("published"));
        Assert.That(() => round.ChangeCapacity(1, 5), Throws.TypeOf<InvalidStateTransitionException>());
        Assert.That(() => round.EnsureCoordinatorMayChange(), Throws.TypeOf<InvalidStateTransitionException>());
    }

    [Test]
    public void Students_and_employers_rank_only_while_open_and_before_the_deadline()
    {
        var round = Round();
        Assert.DoesNotThrow(() => round.EnsureRankingsOpen(Today.AddDays(7)));
        Assert.That(() => round.EnsureRankingsOpen(Today.AddDays(8)), Throws.TypeOf<DomainRuleException>().With.Message.Contains("closed on"));
        Assert.That(() => round.EnsureRankingsOpen(Today.AddDays(8)), Throws.TypeOf<DomainRuleException>());

        round.Lock(Now);
        Assert.That(() => round.EnsureRankingsOpen(Today), Throws.TypeOf<DomainRuleException>().With.Message.Contains("locked"));
        Assert.DoesNotThrow(() => round.EnsureCoordinatorMayChange());
    }

    private static string Title(int postingId) => postingId switch { 1 => "Posting one", 9 => "Posting nine", _ => "Another posting" };

    [Test]
    public void A_ranked_list_is_short_enough_has_no_repeats_and_names_only_the_rounds_postings()
    {
        var round = Round(maxChoices: 2);
        Assert.DoesNotThrow(() => round.CheckChoices([2, 1], Title));
        Assert.DoesNotThrow(() => round.CheckChoices([], Title));
        Assert.That(() => round.CheckChoices([1, 2, 3], Title), Throws.TypeOf<DomainRuleException>().With.Message.Contains("at most 2"));
        Assert.That(() => round.CheckChoices([1, 1], Title), Throws.TypeOf<DomainRuleException>().With.Message.EqualTo("'Posting one' is chosen twice: choose each posting once."));
        Assert.That(() => round.CheckChoices([9], Title), Throws.TypeOf<DomainRuleException>().With.Message.EqualTo("'Posting nine' does not take part in this round."));
    }

    [Test]
    public void A_round_needs_postings_sensible_limits_and_a_deadline_ahead()
    {
        Assert.That(() => MatchRound.Create("R", "T", 3, Today, false, [], Today, Now), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => MatchRound.Create("R", "T", 0, Today, false, [(1, 1)], Today, Now), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => MatchRound.Create("R", "T", 21, Today, false, [(1, 1)], Today, Now), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => MatchRound.Create("R", "T", 3, Today.AddDays(-1), false, [(1, 1)], Today, Now), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => MatchRound.Create("R", "T", 3, Today, false, [(1, 1), (1, 2)], Today, Now), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => MatchRound.Create("R", "T", 3, Today, false, [(1, -1)], Today, Now), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => Round().ChangeCapacity(1, -1), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => Round().ChangeCapacity(7, 1), Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void A_scramble_round_follows_only_a_published_round()
    {
        var round = Round();
        Assert.That(() => MatchRound.CreateScramble(round, "Scramble", 3, Today, [(1, 1)], Today, Now),
            Throws.TypeOf<DomainRuleException>().With.Message.Contains("publish"));
        round.Lock(Now);
        round.StartRun();
        round.Publish(1, Now);
        var scramble = MatchRound.CreateScramble(round, "Scramble", 3, Today, [(2, 1)], Today, Now);
        Assert.That((scramble.Term, scramble.Status, scramble.Postings.Single().Capacity), Is.EqualTo(("Spring 2027", MatchRoundStatus.Open, 1)));
    }

    [Test]
    public void Employer_ranks_become_groups_ranked_first_then_unranked_and_never_the_unacceptable()
    {
        MatchEmployerRank Ranked(int student, int rank) => new(1, 10, student, rank, false);
        MatchEmployerRank Refused(int student) => new(1, 10, student, null, true);

        var groups = EmployerRankingRule.TiedGroups([1, 2, 3, 4, 5, 6], [Ranked(4, 2), Ranked(2, 1), Ranked(5, 2), Refused(3)]);

        Assert.That(groups.Select(g => g.Order().ToArray()), Is.EqualTo(new[] { new[] { 2 }, new[] { 4, 5 }, new[] { 1, 6 } }));
        Assert.That(EmployerRankingRule.TiedGroups([1, 2], []).Single(), Is.EquivalentTo(new[] { 1, 2 }), "nobody ranked: one tie for the lottery");
        Assert.That(EmployerRankingRule.TiedGroups([3], [Refused(3)]), Is.Empty);
        Assert.That(() => new MatchEmployerRank(1, 10, 1, 1, true), Throws.ArgumentException);
    }

    [TestCase(0, 0, UnmatchedReason.NoChoices)]
    [TestCase(3, 0, UnmatchedReason.NotAcceptable)]
    [TestCase(3, 1, UnmatchedReason.ChoicesFull)]
    public void An_unmatched_student_is_told_why(int choices, int acceptable, UnmatchedReason expected) =>
        Assert.That(MatchOutcome.ReasonFor(choices, acceptable), Is.EqualTo(expected));
}
