using Internships.Matching;

namespace Internships.Cli;

/// <summary>
/// Random matching problems shaped like a real round, for benchmarks: a few postings are popular and most are not
/// (Zipf-like), capacities are 1 to 5, and each posting ranks its applicants in random order, finding about 5% of
/// them unacceptable. The same arguments give the same problem.
/// </summary>
public static class InstanceGenerator
{
    /// <summary>Popularity of the posting at popularity rank r is proportional to 1 / (r + 1)^ZipfExponent.</summary>
    public const double ZipfExponent = 0.8;

    public const double UnacceptableShare = 0.05;

    /// <param name="choicesPerStudent">Distinct postings each student lists; capped at the number of postings.</param>
    public static MatchingProblem Generate(int students, int postings, int choicesPerStudent, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(students);
        ArgumentOutOfRangeException.ThrowIfNegative(postings);
        ArgumentOutOfRangeException.ThrowIfNegative(choicesPerStudent);
        var random = new Random(seed);
        var perStudent = Math.Min(choicesPerStudent, postings);

        var capacities = new int[postings];
        for (var posting = 0; posting < postings; posting++)
        {
            capacities[posting] = random.Next(1, 6);
        }

        var (choiceStarts, choices) = Choices(random, students, postings, perStudent);
        var (rankingStarts, rankings) = Rankings(random, postings, choiceStarts, choices);
        return new MatchingProblem(capacities, rankingStarts, rankings, choiceStarts, choices);
    }

    private static (int[] Starts, int[] Choices) Choices(Random random, int students, int postings, int perStudent)
    {
        var starts = new int[students + 1];
        for (var student = 0; student < students; student++)
        {
            starts[student + 1] = starts[student] + perStudent;
        }

        var choices = new int[starts[students]];
        if (perStudent == 0)
        {
            return (starts, choices);
        }

        // Popularity ranks go to postings in random order, so P0 is not always the favourite.
        var byPopularity = Enumerable.Range(0, postings).ToArray();
        random.Shuffle(byPopularity);
        var cumulative = new double[postings];
        var total = 0.0;
        for (var rank = 0; rank < postings; rank++)
        {
            total += 1 / Math.Pow(rank + 1, ZipfExponent);
            cumulative[rank] = total;
        }

        // Drawing distinct postings by rejection would crawl when a student lists most of them; deal those instead.
        var dealAll = perStudent * 2 > postings;
        var deck = dealAll ? Enumerable.Range(0, postings).ToArray() : [];
        for (var student = 0; student < students; student++)
        {
            var row = choices.AsSpan(starts[student], perStudent);
            if (dealAll)
            {
                for (var i = 0; i < perStudent; i++)
                {
                    var j = random.Next(i, postings);
                    (deck[i], deck[j]) = (deck[j], deck[i]);
                    row[i] = deck[i];
                }

                continue;
            }

            for (var filled = 0; filled < perStudent;)
            {
                var rank = Array.BinarySearch(cumulative, random.NextDouble() * total);
                var posting = byPopularity[Math.Min(rank < 0 ? ~rank : rank, postings - 1)];
                if (!row[..filled].Contains(posting))
                {
                    row[filled++] = posting;
                }
            }
        }

        return (starts, choices);
    }

    /// <summary>Each posting ranks the students who chose it, shuffled, less a few it finds unacceptable.</summary>
    private static (int[] Starts, int[] Rankings) Rankings(Random random, int postings, int[] choiceStarts, int[] choices)
    {
        var starts = new int[postings + 1];
        foreach (var posting in choices)
        {
            starts[posting + 1]++;
        }

        for (var posting = 0; posting < postings; posting++)
        {
            starts[posting + 1] += starts[posting];
        }

        var rankings = new int[choices.Length];
        var next = starts[..^1];
        for (var student = 0; student < choiceStarts.Length - 1; student++)
        {
            for (var entry = choiceStarts[student]; entry < choiceStarts[student + 1]; entry++)
            {
                rankings[next[choices[entry]]++] = student;
            }
        }

        var kept = 0;
        for (var posting = 0; posting < postings; posting++)
        {
            var applicants = rankings.AsSpan(starts[posting], starts[posting + 1] - starts[posting]);
            random.Shuffle(applicants);
            starts[posting] = kept;
            foreach (var student in applicants)
            {
                if (random.NextDouble() >= UnacceptableShare)
                {
                    rankings[kept++] = student;
                }
            }
        }

        starts[postings] = kept;
        Array.Resize(ref rankings, kept);
        return (starts, rankings);
    }
}
