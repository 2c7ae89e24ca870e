using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>Small problems worked by hand, and the edge cases.</summary>
public sealed class DeferredAcceptanceExampleTests
{
    private static NamedMatchingResult Solve(PostingPreferences[] postings, StudentPreferences[] students) =>
        DeferredAcceptance.Solve(NamedMatchingProblem.Create(postings, students));

    private static Dictionary<string, string> Placements(NamedMatchingResult result) =>
        result.Assignments.ToDictionary(a => a.StudentId, a => a.PostingId);

    [Test]
    public void With_two_stable_matchings_the_students_get_the_one_they_prefer()
    {
        // Each student's favourite prefers the other student. Both {s1-p1, s2-p2} and {s1-p2, s2-p1} are stable;
        // the students prefer the first, the postings the second.
        var result = Solve(
            [new("p1", 1, ["s2", "s1"]), new("p2", 1, ["s1", "s2"])],
            [new("s1", ["p1", "p2"]), new("s2", ["p2", "p1"])]);

        Placements(result).ShouldBe(new Dictionary<string, string> { ["s1"] = "p1", ["s2"] = "p2" });
        result.Statistics.Proposals.ShouldBe(2);
        result.Statistics.PlacedAtChoice.ShouldBe([2, 0]);
    }

    [Test]
    public void A_displaced_student_moves_on_down_its_list()
    {
        // By hand, students applying in order:
        //   s1 -> A: held {s1}.  s2 -> A: held {s1, s2}.  s3 -> B: B does not rank s3.
        //   s3 -> A: A prefers s3 to s2, holds {s3, s1}, displaces s2.  s2 -> B: held {s2}.
        //   s4 -> A: A holds s3 and s1, both ranked above s4.  s4 -> B: B prefers s2.  s4 has no choices left.
        var result = Solve(
            [new("A", 2, ["s3", "s1", "s2", "s4"]), new("B", 1, ["s2", "s4", "s1"])],
            [new("s1", ["A", "B"]), new("s2", ["A", "B"]), new("s3", ["B", "A"]), new("s4", ["A", "B"])]);

        Placements(result).ShouldBe(new Dictionary<string, string> { ["s1"] = "A", ["s2"] = "B", ["s3"] = "A" });
        result.Unmatched.ShouldBe(["s4"]);
        result.Statistics.Proposals.ShouldBe(7);
        result.Statistics.MatchedStudents.ShouldBe(3);
        result.Statistics.UnmatchedStudents.ShouldBe(1);
        result.Statistics.PlacedAtChoice.ShouldBe([1, 2]);
        result.Assignments.Single(a => a.StudentId == "s3").ChoiceIndex.ShouldBe(1);
    }

    [Test]
    public void When_first_choices_differ_everyone_gets_theirs_whatever_the_postings_think()
    {
        // Every posting ranks its applicant last, yet no one competes, so every first application is held.
        var result = Solve(
            [new("A", 1, ["b", "c", "a"]), new("B", 1, ["c", "a", "b"]), new("C", 1, ["a", "b", "c"])],
            [new("a", ["A", "B", "C"]), new("b", ["B", "C", "A"]), new("c", ["C", "A", "B"])]);

        Placements(result).ShouldBe(new Dictionary<string, string> { ["a"] = "A", ["b"] = "B", ["c"] = "C" });
        result.Statistics.Proposals.ShouldBe(3);
    }

    [Test]
    public void A_rejection_chain_runs_through_every_posting()
    {
        // Everyone wants X first; X keeps s3, whose arrival pushes s1 to Y, which then pushes s2 to Z.
        //   s1 -> X held.  s2 -> X: X prefers s1, s2 -> Y held.  s3 -> X: X prefers s3, s1 -> Y: Y prefers s1,
        //   s2 -> Z held. Six applications in all.
        var result = Solve(
            [new("X", 1, ["s3", "s1", "s2"]), new("Y", 1, ["s1", "s2", "s3"]), new("Z", 1, ["s1", "s2", "s3"])],
            [new("s1", ["X", "Y", "Z"]), new("s2", ["X", "Y", "Z"]), new("s3", ["X", "Y", "Z"])]);

        Placements(result).ShouldBe(new Dictionary<string, string> { ["s1"] = "Y", ["s2"] = "Z", ["s3"] = "X" });
        result.Statistics.Proposals.ShouldBe(6);
        result.Statistics.PlacedAtChoice.ShouldBe([1, 1, 1]);
    }

    [Test]
    public void No_students_and_no_postings_is_an_empty_matching()
    {
        var result = Solve([], []);

        result.Assignments.ShouldBeEmpty();
        result.Unmatched.ShouldBeEmpty();
        result.Statistics.Proposals.ShouldBe(0);
        result.Statistics.PlacedAtChoice.ShouldBeEmpty();
    }

    [Test]
    public void Without_postings_every_student_is_unmatched()
    {
        var result = Solve([], [new("s1", []), new("s2", [])]);

        result.Unmatched.ShouldBe(["s1", "s2"]);
        result.Statistics.Proposals.ShouldBe(0);
    }

    [Test]
    public void Without_students_postings_stay_empty()
    {
        var result = Solve([new("p1", 3, [])], []);

        result.Assignments.ShouldBeEmpty();
        result.Result.StudentsByPosting().ShouldBe([[]]);
    }

    [Test]
    public void A_posting_with_no_capacity_takes_no_one_even_whom_it_ranks()
    {
        var result = Solve(
            [new("closed", 0, ["s1", "s2"]), new("open", 1, ["s2", "s1"])],
            [new("s1", ["closed", "open"]), new("s2", ["closed"])]);

        Placements(result).ShouldBe(new Dictionary<string, string> { ["s1"] = "open" });
        result.Unmatched.ShouldBe(["s2"]);
        result.Statistics.Proposals.ShouldBe(3);
    }

    [Test]
    public void A_posting_that_finds_no_one_acceptable_takes_no_one()
    {
        var result = Solve([new("picky", 5, [])], [new("s1", ["picky"]), new("s2", ["picky"])]);

        result.Assignments.ShouldBeEmpty();
        result.Unmatched.ShouldBe(["s1", "s2"]);
        result.Statistics.Proposals.ShouldBe(2);
    }

    [Test]
    public void A_student_with_no_choices_is_unmatched_even_if_ranked_everywhere()
    {
        var result = Solve([new("p1", 2, ["s1", "s2"])], [new("s1", []), new("s2", ["p1"])]);

        Placements(result).ShouldBe(new Dictionary<string, string> { ["s2"] = "p1" });
        result.Unmatched.ShouldBe(["s1"]);
    }

    [Test]
    public void A_student_whose_choices_are_all_full_of_better_students_is_unmatched_after_trying_each()
    {
        var result = Solve(
            [new("p1", 1, ["star", "late"]), new("p2", 1, ["star2", "late"])],
            [new("star", ["p1"]), new("star2", ["p2"]), new("late", ["p1", "p2"])]);

        result.Unmatched.ShouldBe(["late"]);
        result.Statistics.Proposals.ShouldBe(4);
    }

    [Test]
    public void A_student_ranked_by_a_posting_it_did_not_choose_is_not_placed_there()
    {
        var result = Solve([new("p1", 1, ["s1"])], [new("s1", [])]);

        result.Assignments.ShouldBeEmpty();
    }

    [Test]
    public void A_huge_capacity_costs_no_more_than_the_ranking_it_can_fill()
    {
        var result = Solve([new("p1", int.MaxValue, ["s1", "s2"])], [new("s1", ["p1"]), new("s2", ["p1"]), new("s3", ["p1"])]);

        Placements(result).Keys.ShouldBe(["s1", "s2"], ignoreOrder: true);
        result.Unmatched.ShouldBe(["s3"]);
    }

    [Test]
    public void Postings_keep_their_best_students_whatever_the_order_of_arrival()
    {
        // Students arrive worst first, so the posting's heap must replace its worst held student each time.
        var ranking = Enumerable.Range(0, 10).Select(i => $"s{i}").ToArray();
        var result = Solve([new("p", 3, ranking)], [.. ranking.Reverse().Select(id => new StudentPreferences(id, ["p"]))]);

        Placements(result).Keys.ShouldBe(["s0", "s1", "s2"], ignoreOrder: true);
        result.Statistics.Proposals.ShouldBe(10);
    }

    [Test]
    public void The_index_level_result_maps_students_to_postings_and_back()
    {
        var problem = MatchingProblem.FromLists([1, 2], [[2], [0, 1]], [[1], [1, 0], [0]]);

        var result = DeferredAcceptance.Solve(problem);

        result.PostingOfStudent.ToArray().ShouldBe([1, 1, 0]);
        result.ChoiceIndexOf(1).ShouldBe(0);
        result.StudentsByPosting().ShouldBe([[2], [0, 1]]);
    }
}
