using Internships.Matching;

namespace Internships.UnitTests.Matching;

/// <summary>Small random problems with every awkward feature: empty lists, zero capacities, one-sided acceptability.</summary>
internal static class RandomProblems
{
    public static MatchingProblem Create(Random random, int maxStudents, int maxPostings, int maxCapacity, double minListShare = 0)
    {
        var students = random.Next(0, maxStudents + 1);
        var postings = random.Next(0, maxPostings + 1);
        var capacities = new int[postings];
        var rankings = new int[postings][];
        for (var posting = 0; posting < postings; posting++)
        {
            capacities[posting] = random.Next(0, maxCapacity + 1);

            // A random share of the students, so some stay unacceptable and some rankings are empty.
            rankings[posting] = RandomSubsetInRandomOrder(random, students, minListShare + ((1 - minListShare) * random.NextDouble()));
        }

        var choices = new int[students][];
        for (var student = 0; student < students; student++)
        {
            choices[student] = RandomSubsetInRandomOrder(random, postings, minListShare + ((1 - minListShare) * random.NextDouble()));
        }

        return MatchingProblem.FromLists(capacities, rankings, choices);
    }

    /// <summary>
    /// About as many students as slots, mostly full lists: the competitive markets where several stable matchings
    /// exist and the student-optimal one has to be found, not just any.
    /// </summary>
    public static MatchingProblem CreateBalanced(Random random, int maxStudents, int maxPostings, int maxCapacity)
    {
        var postings = random.Next(2, maxPostings + 1);
        var capacities = Enumerable.Range(0, postings).Select(_ => random.Next(1, maxCapacity + 1)).ToArray();
        var students = Math.Min(maxStudents, capacities.Sum());
        var rankings = capacities.Select(_ => RandomSubsetInRandomOrder(random, students, random.NextDouble() < 0.8 ? 1 : 0.6)).ToArray();
        var choices = Enumerable.Range(0, students)
            .Select(_ => RandomSubsetInRandomOrder(random, postings, random.NextDouble() < 0.8 ? 1 : 0.6)).ToArray();
        return MatchingProblem.FromLists(capacities, rankings, choices);
    }

    public static int[] RandomSubsetInRandomOrder(Random random, int count, double share)
    {
        var all = Enumerable.Range(0, count).ToArray();
        random.Shuffle(all);
        return all.Take((int)Math.Round(count * share)).ToArray();
    }

    public static int[] Permutation(Random random, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }
}
