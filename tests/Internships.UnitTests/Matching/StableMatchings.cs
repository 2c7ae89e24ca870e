using Internships.Matching;

namespace Internships.UnitTests.Matching;

/// <summary>
/// Every stable matching of a small problem, by brute force: try each feasible matching (each student unmatched or at
/// a mutually acceptable posting, within capacities) and keep those with no blocking pair.
/// </summary>
internal static class StableMatchings
{
    public static List<int[]> All(MatchingProblem problem)
    {
        var students = problem.StudentCount;
        var postings = problem.PostingCount;

        // preference[s, p]: the student's position for p (lower is better), int.MaxValue if unlisted; rank[p, s] likewise for postings.
        var preference = new int[students, postings];
        var rank = new int[postings, students];
        for (var s = 0; s < students; s++)
        {
            for (var p = 0; p < postings; p++)
            {
                preference[s, p] = MatchingChecks.ChoicePosition(problem, s, p);
                var r = MatchingChecks.RankPosition(problem, p, s);
                rank[p, s] = r < 0 ? int.MaxValue : r;
            }
        }

        var options = new int[students][];
        for (var s = 0; s < students; s++)
        {
            options[s] = [MatchingResult.Unmatched, .. Enumerable.Range(0, postings)
                .Where(p => preference[s, p] != int.MaxValue && rank[p, s] != int.MaxValue)];
        }

        var stable = new List<int[]>();
        var postingOf = new int[students];
        var held = new int[postings];
        Place(0);
        return stable;

        void Place(int student)
        {
            if (student == students)
            {
                if (IsStable())
                {
                    stable.Add((int[])postingOf.Clone());
                }

                return;
            }

            foreach (var posting in options[student])
            {
                if (posting != MatchingResult.Unmatched && held[posting] == problem.CapacityOf(posting))
                {
                    continue;
                }

                postingOf[student] = posting;
                if (posting != MatchingResult.Unmatched)
                {
                    held[posting]++;
                }

                Place(student + 1);
                if (posting != MatchingResult.Unmatched)
                {
                    held[posting]--;
                }
            }
        }

        bool IsStable()
        {
            for (var s = 0; s < students; s++)
            {
                var current = postingOf[s] == MatchingResult.Unmatched ? int.MaxValue : preference[s, postingOf[s]];
                for (var p = 0; p < postings; p++)
                {
                    if (preference[s, p] >= current || rank[p, s] == int.MaxValue || problem.CapacityOf(p) == 0)
                    {
                        continue;
                    }

                    if (held[p] < problem.CapacityOf(p))
                    {
                        return false;
                    }

                    for (var other = 0; other < students; other++)
                    {
                        if (postingOf[other] == p && rank[p, other] > rank[p, s])
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }
    }
}
