using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

public sealed class TieBreakLotteryTests
{
    private static readonly string[] Students = [.. Enumerable.Range(1, 10).Select(i => $"S{i}")];

    [Test]
    public void A_published_seed_draws_the_order_anyone_can_recompute_from_the_documented_steps()
    {
        // Expected orders computed by an independent Python script of the documented algorithm (ordinal sort, then
        // Fisher–Yates with SplitMix64 and Lemire's bounded draw); it also gave SplitMix64's published first output
        // for seed 0, 0xE220A8397B1DCDAF.
        TieBreakLottery.Draw(20261123, Students).Order.ShouldBe(["S4", "S5", "S2", "S8", "S3", "S1", "S9", "S10", "S6", "S7"]);
        TieBreakLottery.Draw(-1, ["eli", "dee", "cai", "ben", "ana"]).Order.ShouldBe(["ben", "cai", "ana", "dee", "eli"]);
    }

    [Test]
    public void The_same_seed_draws_the_same_order_whatever_order_the_students_are_listed_in()
    {
        var first = TieBreakLottery.Draw(42, Students);
        var again = TieBreakLottery.Draw(42, Students.Reverse());

        again.Order.ShouldBe(first.Order);
        first.Order.ShouldBe(Students, ignoreOrder: true);
    }

    [Test]
    public void Different_seeds_draw_different_orders()
    {
        var orders = Enumerable.Range(0, 50).Select(seed => string.Join(",", TieBreakLottery.Draw(seed, Students).Order)).ToList();

        // 10! orders: fifty draws that are all distinct, and not sorted, is what a working lottery gives.
        orders.Distinct().Count().ShouldBe(50);
        orders.ShouldNotContain(string.Join(",", Students.Order(StringComparer.Ordinal)));
    }

    [Test]
    public void Every_order_of_three_students_is_about_equally_likely()
    {
        var counts = new Dictionary<string, int>();
        const int draws = 6_000;
        for (var seed = 0; seed < draws; seed++)
        {
            var order = string.Join("", TieBreakLottery.Draw(seed, ["a", "b", "c"]).Order);
            counts[order] = counts.GetValueOrDefault(order) + 1;
        }

        // Chi-square with 5 degrees of freedom; 20.5 is its 0.1% tail, so a fair shuffle passes and a biased one fails.
        counts.Count.ShouldBe(6);
        var expected = draws / 6.0;
        counts.Values.Sum(count => (count - expected) * (count - expected) / expected).ShouldBeLessThan(20.5);
    }

    [Test]
    public void Ties_are_broken_by_lottery_number_and_groups_keep_their_order()
    {
        var lottery = TieBreakLottery.Draw(7, Students);
        string[] top = ["S3", "S1", "S7"];
        string[] rest = ["S10", "S2"];

        var ranking = lottery.Break([top, ["S5"], rest]);

        ranking.Take(3).ShouldBe(top.OrderBy(lottery.NumberOf));
        ranking[3].ShouldBe("S5");
        ranking.Skip(4).ShouldBe(rest.OrderBy(lottery.NumberOf));
    }

    [Test]
    public void One_lottery_breaks_every_posting_s_ties_the_same_way()
    {
        var lottery = TieBreakLottery.Draw(99, Students);
        var (winner, middle, loser) = (lottery.Order[0], lottery.Order[5], lottery.Order[^1]);

        lottery.NumberOf(winner).ShouldBe(0);
        lottery.Break([[loser, winner]]).ShouldBe([winner, loser]);
        lottery.Break([[loser, middle, winner]]).ShouldBe([winner, middle, loser]);
        lottery.Break([[middle, loser], [winner]]).ShouldBe([middle, loser, winner]);
    }

    [Test]
    public void A_strict_ranking_is_left_as_it_is()
    {
        var lottery = TieBreakLottery.Draw(3, Students);

        lottery.Break(Students.Select(s => new[] { s })).ShouldBe(Students);
    }

    [Test]
    public void Bad_input_is_refused_by_name()
    {
        Should.Throw<MatchingInputException>(() => TieBreakLottery.Draw(1, ["S1", "S1"])).Message.ShouldBe("Duplicate student id 'S1' in the lottery.");
        Should.Throw<MatchingInputException>(() => TieBreakLottery.Draw(1, ["S1", ""])).Message.ShouldContain("null or empty");

        var lottery = TieBreakLottery.Draw(1, ["S1", "S2"]);
        Should.Throw<MatchingInputException>(() => lottery.Break([["S1", "S9"]])).Message.ShouldBe("Student 'S9' is not in the lottery.");
        Should.Throw<MatchingInputException>(() => lottery.Break([["S1"], ["S1"]])).Message.ShouldBe("Student 'S1' appears twice in the ranking.");
    }
}
