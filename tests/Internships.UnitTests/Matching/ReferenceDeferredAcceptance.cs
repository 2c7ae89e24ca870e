using Internships.Matching;

namespace Internships.UnitTests.Matching;

/// <summary>
/// Deferred acceptance as the textbook states it, in rounds: every free student applies to its next choice at once,
/// then every posting keeps its best applicants up to capacity. Slow and obvious, to check the engine against.
/// </summary>
internal static class ReferenceDeferredAcceptance
{
    public static int[] Solve(MatchingProblem problem)
    {
        var nextChoice = new int[problem.StudentCount];
        var postingOf = Enumerable.Repeat(MatchingResult.Unmatched, problem.StudentCount).ToArray();
        var held = Enumerable.Range(0, problem.PostingCount).Select(_ => new List<int>()).ToArray();
        while (true)
        {
            var applicants = new Dictionary<int, List<int>>();
            for (var student = 0; student < problem.StudentCount; student++)
            {
                if (postingOf[student] == MatchingResult.Unmatched && nextChoice[student] < problem.ChoicesOf(student).Length)
                {
                    var posting = problem.ChoicesOf(student)[nextChoice[student]++];
                    if (!applicants.TryGetValue(posting, out var list))
                    {
                        applicants[posting] = list = [];
                    }

                    list.Add(student);
                }
            }

            if (applicants.Count == 0)
            {
                return postingOf;
            }

            foreach (var (posting, students) in applicants)
            {
                var keep = held[posting].Concat(students)
                    .Where(student => MatchingChecks.RankPosition(problem, posting, student) >= 0)
                    .OrderBy(student => MatchingChecks.RankPosition(problem, posting, student))
                    .Take(problem.CapacityOf(posting))
                    .ToList();
                foreach (var student in held[posting].Concat(students))
                {
                    postingOf[student] = keep.Contains(student) ? posting : MatchingResult.Unmatched;
                }

                held[posting] = keep;
            }
        }
    }
}
