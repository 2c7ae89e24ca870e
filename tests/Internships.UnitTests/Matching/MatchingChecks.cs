using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>The definitions the engine must meet, checked directly and slowly, independent of how it works.</summary>
internal static class MatchingChecks
{
    /// <summary>Where the student ranks the posting's place in its choices (0 = first), or int.MaxValue if unlisted or unmatched.</summary>
    public static int ChoicePosition(MatchingProblem problem, int student, int posting)
    {
        if (posting == MatchingResult.Unmatched)
        {
            return int.MaxValue;
        }

        var position = problem.ChoicesOf(student).IndexOf(posting);
        return position < 0 ? int.MaxValue : position;
    }

    /// <summary>Where the posting ranks the student (0 = best), or -1 if it finds the student unacceptable.</summary>
    public static int RankPosition(MatchingProblem problem, int posting, int student) => problem.RankingOf(posting).IndexOf(student);

    /// <summary>Every placement is at a posting the student listed and that ranks the student, within capacity.</summary>
    public static IReadOnlyList<string> FeasibilityProblems(MatchingProblem problem, IReadOnlyList<int> postingOf)
    {
        var problems = new List<string>();
        var held = new int[problem.PostingCount];
        for (var student = 0; student < problem.StudentCount; student++)
        {
            var posting = postingOf[student];
            if (posting == MatchingResult.Unmatched)
            {
                continue;
            }

            held[posting]++;
            if (!problem.ChoicesOf(student).Contains(posting))
            {
                problems.Add($"student {student} placed at posting {posting}, which it did not list");
            }

            if (RankPosition(problem, posting, student) < 0)
            {
                problems.Add($"student {student} placed at posting {posting}, which does not rank it");
            }
        }

        for (var posting = 0; posting < problem.PostingCount; posting++)
        {
            if (held[posting] > problem.CapacityOf(posting))
            {
                problems.Add($"posting {posting} holds {held[posting]} students but has capacity {problem.CapacityOf(posting)}");
            }
        }

        return problems;
    }

    /// <summary>
    /// Pairs (student, posting) that would both rather be together: the student prefers the posting to its place (or
    /// has none), and the posting ranks the student and has a free slot or holds someone it ranks lower.
    /// </summary>
    public static IReadOnlyList<(int Student, int Posting)> BlockingPairs(MatchingProblem problem, IReadOnlyList<int> postingOf)
    {
        var heldBy = new List<int>[problem.PostingCount];
        for (var posting = 0; posting < problem.PostingCount; posting++)
        {
            heldBy[posting] = [];
        }

        for (var student = 0; student < problem.StudentCount; student++)
        {
            if (postingOf[student] != MatchingResult.Unmatched)
            {
                heldBy[postingOf[student]].Add(student);
            }
        }

        var blocking = new List<(int, int)>();
        for (var student = 0; student < problem.StudentCount; student++)
        {
            var current = ChoicePosition(problem, student, postingOf[student]);
            var choices = problem.ChoicesOf(student);
            for (var position = 0; position < choices.Length && position < current; position++)
            {
                var posting = choices[position];
                var rank = RankPosition(problem, posting, student);
                if (rank < 0 || problem.CapacityOf(posting) == 0)
                {
                    continue;
                }

                var held = heldBy[posting];
                if (held.Count < problem.CapacityOf(posting) || held.Exists(other => RankPosition(problem, posting, other) > rank))
                {
                    blocking.Add((student, posting));
                }
            }
        }

        return blocking;
    }

    public static int[] PostingsOf(MatchingResult result) => result.PostingOfStudent.ToArray();

    public static void ShouldBeFeasibleAndStable(MatchingProblem problem, MatchingResult result)
    {
        var postingOf = PostingsOf(result);
        FeasibilityProblems(problem, postingOf).ShouldBeEmpty();
        BlockingPairs(problem, postingOf).ShouldBeEmpty();
    }
}
