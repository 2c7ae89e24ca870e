using Internships.Domain.Badges;

namespace Internships.UnitTests.Badges;

public sealed class BadgeLadderTests
{
    private static Func<int, IReadOnlyCollection<int>> Prerequisites(Dictionary<int, int[]> map) =>
        id => map.TryGetValue(id, out var p) ? p : [];

    [Test]
    public void Prerequisites_come_before_the_badges_that_need_them_and_each_step_says_where_it_stands()
    {
        // 4 needs 2 and 3; 2 and 3 need 1. The student holds 1.
        var map = new Dictionary<int, int[]> { [4] = [2, 3], [2] = [1], [3] = [1] };

        var ladder = BadgeLadder.Climb([4], Prerequisites(map), new HashSet<int> { 1 });

        Assert.That(ladder.Select(s => s.BadgeClassId), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(ladder.Select(s => s.State), Is.EqualTo(new[] { LadderStepState.Held, LadderStepState.Next, LadderStepState.Next, LadderStepState.Later }));
        Assert.That(ladder[3].MissingPrerequisiteIds, Is.EquivalentTo(new[] { 2, 3 }));
    }

    [Test]
    public void Several_targets_share_their_common_steps_once()
    {
        var map = new Dictionary<int, int[]> { [5] = [1], [6] = [1] };

        var ladder = BadgeLadder.Climb([5, 6], Prerequisites(map), new HashSet<int>());

        Assert.That(ladder.Select(s => s.BadgeClassId), Is.EqualTo(new[] { 1, 5, 6 }));
        Assert.That(ladder[0].State, Is.EqualTo(LadderStepState.Next));
    }

    [Test]
    public void A_cycle_in_the_prerequisites_ends_with_each_badge_once()
    {
        // 1 → 2 → 3 → 1, and 3 also needs itself.
        var map = new Dictionary<int, int[]> { [1] = [2], [2] = [3], [3] = [1, 3] };

        var climbing = Task.Run(() => BadgeLadder.Climb([1], Prerequisites(map), new HashSet<int>()));
        Assert.That(climbing.Wait(TimeSpan.FromSeconds(5)), Is.True, "the ladder of a cycle ends");
        var ladder = climbing.Result;

        Assert.That(ladder.Select(s => s.BadgeClassId), Is.EquivalentTo(new[] { 1, 2, 3 }));
        Assert.That(ladder.All(s => s.State == LadderStepState.Later), Is.True, "none can be earned first in a cycle");
    }

    [Test]
    public void A_held_target_is_held_and_a_long_chain_does_not_overflow()
    {
        var chain = Enumerable.Range(1, 50_000).ToDictionary(i => i, i => i == 1 ? Array.Empty<int>() : new[] { i - 1 });

        var ladder = BadgeLadder.Climb([50_000], Prerequisites(chain), new HashSet<int> { 50_000 });

        Assert.That(ladder, Has.Count.EqualTo(50_000));
        Assert.That(ladder[^1].State, Is.EqualTo(LadderStepState.Held));
        Assert.That(ladder[0].State, Is.EqualTo(LadderStepState.Next));
    }
}
