namespace Internships.Matching;

/// <summary>
/// Student-proposing deferred acceptance with capacities (Gale and Shapley's college-admissions algorithm): every
/// free student applies to the best posting it has not yet applied to; the posting holds its best applicants up to
/// its capacity and rejects the rest. The result is the student-optimal stable matching, which is unique, so it
/// does not depend on the order in which students apply.
/// </summary>
/// <remarks>
/// Runs in time linear in the number of choice and ranking entries (heaps hold at most a posting's capacity, a
/// small number in practice) and works on int arrays only, so the app can time the matching step alone.
/// </remarks>
public static class DeferredAcceptance
{
    /// <summary>Validates nothing more (the problem is valid), matches, and puts the ids back on the result.</summary>
    public static NamedMatchingResult Solve(NamedMatchingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Label(Solve(problem.Problem));
    }

    /// <summary>Matches students in index order.</summary>
    public static MatchingResult Solve(MatchingProblem problem) => Solve(problem, proposalOrder: null);

    /// <summary>
    /// Matches students, letting them make their first applications in <paramref name="proposalOrder"/> (a
    /// permutation of the student indices). The result is the same for every order; the parameter exists to show it.
    /// </summary>
    public static MatchingResult Solve(MatchingProblem problem, IReadOnlyList<int>? proposalOrder)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var studentCount = problem.StudentCount;
        if (proposalOrder is not null)
        {
            CheckPermutation(proposalOrder, studentCount);
        }

        var choices = problem.Choices;
        var choiceStarts = problem.ChoiceStarts;
        var rankings = problem.Rankings;
        var rankKeys = RankKeys(problem);
        var (heapStarts, heaps) = HeapSegments(problem);
        var heapSizes = new int[problem.PostingCount];

        // current[s] is the choice entry s is applying to or held at; choiceStarts[s + 1] once s has run out.
        var current = new int[studentCount];
        Array.Copy(choiceStarts, current, studentCount);
        long proposals = 0;

        for (var i = 0; i < studentCount; i++)
        {
            var student = proposalOrder is null ? i : proposalOrder[i];
            var entry = current[student];
            var end = choiceStarts[student + 1];

            // Follow the chain: a student applies until held; whoever that displaces applies next.
            while (entry < end)
            {
                proposals++;
                var key = rankKeys[entry];
                if (key < 0)
                {
                    entry++;
                    continue;
                }

                var posting = choices[entry];
                var heapStart = heapStarts[posting];
                var size = heapSizes[posting];
                if (size < heapStarts[posting + 1] - heapStart)
                {
                    HeapPush(heaps, heapStart, size, key);
                    heapSizes[posting] = size + 1;
                    current[student] = entry;
                    break;
                }

                var worstHeld = heaps[heapStart];
                if (key > worstHeld)
                {
                    entry++;
                    continue;
                }

                HeapReplaceTop(heaps, heapStart, size, key);
                current[student] = entry;
                student = rankings[worstHeld];
                entry = current[student] + 1;
                end = choiceStarts[student + 1];
            }

            if (entry >= end)
            {
                current[student] = end;
            }
        }

        return MatchingResult.FromFinalEntries(problem, current, proposals);
    }

    /// <summary>
    /// For every choice entry (student s applying to posting p), the position of s in the concatenated rankings if
    /// p ranks s and has room for anyone, else -1. Positions order a posting's students best first, so comparing
    /// two keys of one posting compares its preferences, and the key also names the student: Rankings[key].
    /// </summary>
    /// <remarks>
    /// Linear: ranking entries are bucketed by student (a counting sort), then each student marks its postings'
    /// keys in a per-posting scratch array, stamped with the student so it never needs clearing, and reads its
    /// choices' keys back.
    /// </remarks>
    private static int[] RankKeys(MatchingProblem problem)
    {
        var studentCount = problem.StudentCount;
        var postingCount = problem.PostingCount;
        var rankings = problem.Rankings;
        var rankingStarts = problem.RankingStarts;
        var capacities = problem.Capacities;
        var choices = problem.Choices;
        var choiceStarts = problem.ChoiceStarts;

        var bucketEnds = new int[studentCount + 1];
        var usable = 0;
        for (var posting = 0; posting < postingCount; posting++)
        {
            if (capacities[posting] == 0)
            {
                continue;
            }

            for (var key = rankingStarts[posting]; key < rankingStarts[posting + 1]; key++)
            {
                bucketEnds[rankings[key]]++;
                usable++;
            }
        }

        // Exclusive prefix sums: bucketEnds[s] is where s's bucket starts; filling advances it to where it ends.
        var sum = 0;
        for (var student = 0; student < studentCount; student++)
        {
            var count = bucketEnds[student];
            bucketEnds[student] = sum;
            sum += count;
        }

        // Posting and key side by side in one long, so filling a bucket slot touches one cache line, not two.
        var buckets = new long[usable];
        for (var posting = 0; posting < postingCount; posting++)
        {
            if (capacities[posting] == 0)
            {
                continue;
            }

            for (var key = rankingStarts[posting]; key < rankingStarts[posting + 1]; key++)
            {
                buckets[bucketEnds[rankings[key]]++] = ((long)posting << 32) | (uint)key;
            }
        }

        var stampOfPosting = new int[postingCount];
        var keyOfPosting = new int[postingCount];
        var rankKeys = new int[choices.Length];
        var bucketStart = 0;
        for (var student = 0; student < studentCount; student++)
        {
            var stamp = student + 1;
            var bucketEnd = bucketEnds[student];
            for (var i = bucketStart; i < bucketEnd; i++)
            {
                var posting = (int)(buckets[i] >> 32);
                stampOfPosting[posting] = stamp;
                keyOfPosting[posting] = (int)buckets[i];
            }

            bucketStart = bucketEnd;
            for (var entry = choiceStarts[student]; entry < choiceStarts[student + 1]; entry++)
            {
                var posting = choices[entry];
                rankKeys[entry] = stampOfPosting[posting] == stamp ? keyOfPosting[posting] : -1;
            }
        }

        return rankKeys;
    }

    /// <summary>One flat array holds every posting's max-heap of held keys (worst on top), each sized to what it can ever hold.</summary>
    private static (int[] Starts, int[] Heaps) HeapSegments(MatchingProblem problem)
    {
        var postingCount = problem.PostingCount;
        var starts = new int[postingCount + 1];
        for (var posting = 0; posting < postingCount; posting++)
        {
            // No posting holds more students than it ranks; this also keeps a huge capacity from sizing the array.
            var ranked = problem.RankingStarts[posting + 1] - problem.RankingStarts[posting];
            starts[posting + 1] = starts[posting] + Math.Min(problem.Capacities[posting], ranked);
        }

        return (starts, new int[starts[postingCount]]);
    }

    private static void HeapPush(int[] heaps, int start, int size, int key)
    {
        var i = size;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var parentKey = heaps[start + parent];
            if (parentKey >= key)
            {
                break;
            }

            heaps[start + i] = parentKey;
            i = parent;
        }

        heaps[start + i] = key;
    }

    private static void HeapReplaceTop(int[] heaps, int start, int size, int key)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= size)
            {
                break;
            }

            var childKey = heaps[start + child];
            if (child + 1 < size && heaps[start + child + 1] > childKey)
            {
                child++;
                childKey = heaps[start + child];
            }

            if (childKey <= key)
            {
                break;
            }

            heaps[start + i] = childKey;
            i = child;
        }

        heaps[start + i] = key;
    }

    private static void CheckPermutation(IReadOnlyList<int> order, int studentCount)
    {
        if (order.Count != studentCount)
        {
            throw new ArgumentException($"The proposal order has {order.Count} students; the problem has {studentCount}.", "proposalOrder");
        }

        var seen = new bool[studentCount];
        foreach (var student in order)
        {
            if ((uint)student >= (uint)studentCount || seen[student])
            {
                throw new ArgumentException($"The proposal order must name every student once; {student} is out of range or repeated.", "proposalOrder");
            }

            seen[student] = true;
        }
    }
}
