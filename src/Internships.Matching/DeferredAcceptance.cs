using System.Runtime.CompilerServices;

namespace Internships.Matching;

/// <summary>
/// Student-proposing deferred acceptance with capacities (Gale and Shapley's college-admissions algorithm): every
/// free student applies to the best posting it has not yet applied to; the posting holds its best applicants up to
/// its capacity and rejects the rest. The result is the student-optimal stable matching, which is unique, so it
/// does not depend on the order in which students apply.
/// </summary>
/// <remarks>
/// Runs in time linear in the number of choice and ranking entries, plus a logarithm of the posting's capacity for
/// each displacement (its held students are a heap), on int arrays only. Applications never exceed choice entries.
/// </remarks>
public static class DeferredAcceptance
{
    /// <summary>Matches a problem built from string ids, and labels the result with them.</summary>
    public static NamedMatchingResult Solve(NamedMatchingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Label(Solve(problem.Problem));
    }

    /// <summary>Matches the students of a problem by index: the matching step alone, for the app and benchmarks to time.</summary>
    /// <param name="proposalOrder">
    /// The order in which students make their first applications, a permutation of the student indices; index order
    /// if null. The result is the same for every order: the parameter exists to show it.
    /// </param>
    /// <param name="workspace">Scratch memory to reuse across calls; fresh arrays if null.</param>
    public static MatchingResult Solve(MatchingProblem problem, IReadOnlyList<int>? proposalOrder = null, MatchingWorkspace? workspace = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (proposalOrder is not null)
        {
            CheckPermutation(proposalOrder, problem.StudentCount);
        }

        workspace ??= new MatchingWorkspace();
        workspace.Enter();
        try
        {
            return Match(problem, proposalOrder, workspace);
        }
        finally
        {
            workspace.Leave();
        }
    }

    // Optimised from the first call: a process often matches once, and tiered compilation would run that once slowly.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MatchingResult Match(MatchingProblem problem, IReadOnlyList<int>? proposalOrder, MatchingWorkspace workspace)
    {
        var studentCount = problem.StudentCount;
        var choices = problem.Choices;
        var choiceStarts = problem.ChoiceStarts;
        var rankKeys = RankKeys(problem, workspace);
        var (postings, heaps) = PostingHeaps(problem, workspace);

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

                ref var posting = ref postings[choices[entry]];
                if (key > posting.WorstKey)
                {
                    entry++;
                    continue;
                }

                current[student] = entry;
                var held = ((long)key << 32) | (uint)student;
                if (posting.Size < posting.Capacity)
                {
                    HeapPush(heaps, posting.HeapStart, posting.Size++, held);
                    if (posting.Size == posting.Capacity)
                    {
                        posting.WorstKey = (int)(heaps[posting.HeapStart] >> 32);
                    }

                    break;
                }

                var displaced = (int)heaps[posting.HeapStart];
                HeapReplaceTop(heaps, posting.HeapStart, posting.Size, held);
                posting.WorstKey = (int)(heaps[posting.HeapStart] >> 32);
                student = displaced;
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
    /// choices' keys back. The arrays are the workspace's.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] RankKeys(MatchingProblem problem, MatchingWorkspace workspace)
    {
        var studentCount = problem.StudentCount;
        var postingCount = problem.PostingCount;
        var rankings = problem.Rankings;
        var rankingStarts = problem.RankingStarts;
        var capacities = problem.Capacities;
        var choices = problem.Choices;
        var choiceStarts = problem.ChoiceStarts;

        var bucketEnds = workspace.BucketEndsFor(studentCount + 1);
        Array.Clear(bucketEnds, 0, studentCount + 1);
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
        var buckets = workspace.BucketsFor(usable);
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

        // marks[p] = (stamp << 32 | key): p ranks the student whose stamp it is, with that key. Stamps are s + 1, so
        // a cleared array marks no one and nothing needs clearing between students.
        var marks = workspace.MarksFor(postingCount);
        Array.Clear(marks, 0, postingCount);
        var rankKeys = workspace.RankKeysFor(choices.Length);
        var bucketStart = 0;
        for (var student = 0; student < studentCount; student++)
        {
            var stamp = student + 1;
            var bucketEnd = bucketEnds[student];
            for (var i = bucketStart; i < bucketEnd; i++)
            {
                var posting = (int)(buckets[i] >> 32);
                marks[posting] = ((long)stamp << 32) | (uint)buckets[i];
            }

            bucketStart = bucketEnd;
            for (var entry = choiceStarts[student]; entry < choiceStarts[student + 1]; entry++)
            {
                var mark = marks[choices[entry]];
                rankKeys[entry] = (int)(mark >> 32) == stamp ? (int)mark : -1;
            }
        }
        return rankKeys;
    }

    /// <summary>
    /// Each posting's state, and one flat array holding every posting's max-heap of held students (worst on top),
    /// each segment sized to what the posting can ever hold.
    /// </summary>
    private static (PostingHeap[] Postings, long[] Heaps) PostingHeaps(MatchingProblem problem, MatchingWorkspace workspace)
    {
        var postings = workspace.PostingsFor(problem.PostingCount);
        var heapStart = 0;
        for (var posting = 0; posting < problem.PostingCount; posting++)
        {
            // No posting holds more students than it ranks; this also keeps a huge capacity from sizing the array.
            var ranked = problem.RankingStarts[posting + 1] - problem.RankingStarts[posting];
            var capacity = Math.Min(problem.Capacities[posting], ranked);
            postings[posting] = new PostingHeap { HeapStart = heapStart, Capacity = capacity, WorstKey = int.MaxValue };
            heapStart += capacity;
        }

        return (postings, workspace.HeapsFor(heapStart));
    }

    // Held entries are (key << 32 | student): ordered by key, and the student comes along without a lookup.
    private static void HeapPush(long[] heaps, int start, int size, long held)
    {
        var i = size;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (heaps[start + parent] > held)
            {
                break;
            }

            heaps[start + i] = heaps[start + parent];
            i = parent;
        }

        heaps[start + i] = held;
    }

    private static void HeapReplaceTop(long[] heaps, int start, int size, long held)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= size)
            {
                break;
            }

            if (child + 1 < size && heaps[start + child + 1] > heaps[start + child])
            {
                child++;
            }

            if (heaps[start + child] < held)
            {
                break;
            }

            heaps[start + i] = heaps[start + child];
            i = child;
        }

        heaps[start + i] = held;
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
