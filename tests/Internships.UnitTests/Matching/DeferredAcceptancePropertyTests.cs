using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>The engine's result on many random problems (fixed seeds) meets the definitions and never depends on order.</summary>
public sealed class DeferredAcceptancePropertyTests
{
    private const int Problems = 300;

    private static IEnumerable<(int Seed, MatchingProblem Problem)> SmallProblems()
    {
        for (var seed = 1; seed <= Problems; seed++)
        {
            yield return (seed, RandomProblems.Create(new Random(seed), maxStudents: 30, maxPostings: 8, maxCapacity: 4));
        }
    }

    [Test]
    public void The_result_is_feasible_and_stable()
    {
        foreach (var (seed, problem) in SmallProblems())
        {
            var result = DeferredAcceptance.Solve(problem);

            MatchingChecks.FeasibilityProblems(problem, MatchingChecks.PostingsOf(result)).ShouldBeEmpty($"seed {seed}");
            MatchingChecks.BlockingPairs(problem, MatchingChecks.PostingsOf(result)).ShouldBeEmpty($"seed {seed}");
        }
    }

    [Test]
    public void The_result_is_what_textbook_deferred_acceptance_in_rounds_gives()
    {
        foreach (var (seed, problem) in SmallProblems())
        {
            MatchingChecks.PostingsOf(DeferredAcceptance.Solve(problem)).ShouldBe(ReferenceDeferredAcceptance.Solve(problem), $"seed {seed}");
        }
    }

    [Test]
    public void The_result_does_not_depend_on_the_order_students_apply_in()
    {
        foreach (var (seed, problem) in SmallProblems())
        {
            var expected = MatchingChecks.PostingsOf(DeferredAcceptance.Solve(problem));
            var random = new Random(seed);
            for (var trial = 0; trial < 5; trial++)
            {
                var order = RandomProblems.Permutation(random, problem.StudentCount);
                MatchingChecks.PostingsOf(DeferredAcceptance.Solve(problem, order)).ShouldBe(expected, $"seed {seed}, order {string.Join(",", order)}");
            }
        }
    }

    [Test]
    public void The_result_does_not_depend_on_the_order_of_the_input()
    {
        for (var seed = 1; seed <= 100; seed++)
        {
            var random = new Random(seed);
            var (postings, students) = Named(RandomProblems.Create(random, maxStudents: 30, maxPostings: 8, maxCapacity: 4));
            var expected = Pairs(DeferredAcceptance.Solve(NamedMatchingProblem.Create(postings, students)));

            random.Shuffle(postings);
            random.Shuffle(students);
            var shuffled = DeferredAcceptance.Solve(NamedMatchingProblem.Create(postings, students));

            Pairs(shuffled).ShouldBe(expected, $"seed {seed}");
        }
    }

    [Test]
    public void A_reused_workspace_gives_the_same_results_as_fresh_memory()
    {
        // Problems of every size in turn, so the workspace's arrays both grow and are reused with stale contents.
        var workspace = new MatchingWorkspace();
        foreach (var (seed, problem) in SmallProblems())
        {
            MatchingChecks.PostingsOf(DeferredAcceptance.Solve(problem, workspace: workspace))
                .ShouldBe(MatchingChecks.PostingsOf(DeferredAcceptance.Solve(problem)), $"seed {seed}");
        }
    }

    [Test]
    public void The_statistics_add_up()
    {
        foreach (var (seed, problem) in SmallProblems())
        {
            var result = DeferredAcceptance.Solve(problem);
            var statistics = result.Statistics;
            var placed = Enumerable.Range(0, problem.StudentCount).Where(s => result.PostingOf(s) != MatchingResult.Unmatched).ToList();

            statistics.MatchedStudents.ShouldBe(placed.Count, $"seed {seed}");
            statistics.UnmatchedStudents.ShouldBe(problem.StudentCount - placed.Count, $"seed {seed}");
            statistics.PlacedAtChoice.Sum().ShouldBe(placed.Count, $"seed {seed}");
            statistics.Proposals.ShouldBeLessThanOrEqualTo(problem.ChoiceEntryCount, $"seed {seed}");
            foreach (var student in placed)
            {
                problem.ChoicesOf(student)[result.ChoiceIndexOf(student)].ShouldBe(result.PostingOf(student), $"seed {seed}");
            }

            // A student is never refused by its student-optimal posting, so whatever the order it applies down its
            // list exactly that far: an unmatched student everywhere it listed, a placed one down to its place.
            var applications = Enumerable.Range(0, problem.StudentCount)
                .Sum(s => result.PostingOf(s) == MatchingResult.Unmatched ? problem.ChoicesOf(s).Length : result.ChoiceIndexOf(s) + 1);
            statistics.Proposals.ShouldBe(applications, $"seed {seed}");
            var shuffled = DeferredAcceptance.Solve(problem, RandomProblems.Permutation(new Random(seed), problem.StudentCount)).Statistics;
            shuffled.Proposals.ShouldBe(statistics.Proposals, $"seed {seed}");
            shuffled.PlacedAtChoice.ShouldBe(statistics.PlacedAtChoice, $"seed {seed}");
        }
    }

    [Test]
    public void A_large_problem_is_matched_stably()
    {
        // Big enough for long rejection chains and full heaps; checked by the slow definitions.
        var problem = Internships.Cli.InstanceGenerator.Generate(students: 3_000, postings: 300, choicesPerStudent: 8, seed: 7);

        var result = DeferredAcceptance.Solve(problem);

        MatchingChecks.ShouldBeFeasibleAndStable(problem, result);
        MatchingChecks.PostingsOf(result).ShouldBe(ReferenceDeferredAcceptance.Solve(problem));
        result.Statistics.MatchedStudents.ShouldBeGreaterThan(500);
    }

    private static (PostingPreferences[] Postings, StudentPreferences[] Students) Named(MatchingProblem problem) =>
        ([.. Enumerable.Range(0, problem.PostingCount).Select(p =>
            new PostingPreferences($"P{p}", problem.CapacityOf(p), [.. problem.RankingOf(p).ToArray().Select(s => $"S{s}")]))],
        [.. Enumerable.Range(0, problem.StudentCount).Select(s =>
            new StudentPreferences($"S{s}", [.. problem.ChoicesOf(s).ToArray().Select(p => $"P{p}")]))]);

    private static string[] Pairs(NamedMatchingResult result) =>
        [.. result.Assignments.Select(a => $"{a.StudentId}->{a.PostingId}").Order(StringComparer.Ordinal)];
}
