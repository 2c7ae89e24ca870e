using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>
/// On problems small enough to list every stable matching, the engine's result is one of them and every student
/// likes it at least as well as any other: it is the student-optimal stable matching.
/// </summary>
public sealed class ExhaustiveStableMatchingTests
{
    private const int Problems = 1_000;

    // Odd seeds: any shape, with zero capacities and empty lists; even seeds: competitive markets with several stable matchings.
    private static MatchingProblem Problem(int seed) =>
        seed % 2 == 1
            ? RandomProblems.Create(new Random(seed), maxStudents: 6, maxPostings: 4, maxCapacity: 2)
            : RandomProblems.CreateBalanced(new Random(seed), maxStudents: 6, maxPostings: 4, maxCapacity: 2);

    [Test]
    public void The_result_is_the_stable_matching_every_student_likes_best()
    {
        var withSeveralStableMatchings = 0;
        for (var seed = 1; seed <= Problems; seed++)
        {
            var problem = Problem(seed);
            var stable = StableMatchings.All(problem);
            var result = MatchingChecks.PostingsOf(DeferredAcceptance.Solve(problem));

            stable.ShouldContain(m => m.SequenceEqual(result), $"seed {seed}: the result is not among the stable matchings");
            foreach (var other in stable)
            {
                for (var student = 0; student < problem.StudentCount; student++)
                {
                    MatchingChecks.ChoicePosition(problem, student, result[student])
                        .ShouldBeLessThanOrEqualTo(MatchingChecks.ChoicePosition(problem, student, other[student]),
                            $"seed {seed}: student {student} prefers stable matching [{string.Join(",", other)}]");
                }
            }

            if (stable.Count > 1)
            {
                withSeveralStableMatchings++;
            }
        }

        // Otherwise "best among the stable matchings" would be a test of nothing.
        withSeveralStableMatchings.ShouldBeGreaterThan(50);
    }

    [Test]
    public void Every_stable_matching_places_the_same_students_so_the_search_is_sound()
    {
        // The rural hospitals theorem, as a check on the brute-force search the test above relies on.
        for (var seed = 1; seed <= Problems; seed++)
        {
            var problem = Problem(seed);
            var stable = StableMatchings.All(problem);

            stable.ShouldNotBeEmpty($"seed {seed}");
            var placed = stable.Select(m => string.Join(",", m.Select(p => p != MatchingResult.Unmatched))).Distinct();
            placed.Count().ShouldBe(1, $"seed {seed}");
        }
    }

    [Test]
    public void The_search_finds_both_stable_matchings_of_the_classic_example()
    {
        var problem = MatchingProblem.FromLists([1, 1], [[1, 0], [0, 1]], [[0, 1], [1, 0]]);

        StableMatchings.All(problem).Select(m => string.Join(",", m)).ShouldBe(["0,1", "1,0"], ignoreOrder: true);
    }
}
