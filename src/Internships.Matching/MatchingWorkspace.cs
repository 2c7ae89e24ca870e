namespace Internships.Matching;

/// <summary>
/// Scratch memory for <see cref="DeferredAcceptance.Solve(MatchingProblem, IReadOnlyList{int}?, MatchingWorkspace?)"/>,
/// kept between calls. Matching once needs none: each call then allocates its own (about 8 bytes per ranking entry
/// and 4 per choice entry). Pass one when matching again and again (benchmarks, simulations) so the large arrays are
/// reused instead of reallocated. One call at a time: a workspace is not thread-safe, and says so if shared.
/// </summary>
public sealed class MatchingWorkspace
{
    private int _inUse;

    internal int[] BucketEnds { get; private set; } = [];

    internal long[] Buckets { get; private set; } = [];

    internal long[] Marks { get; private set; } = [];

    internal int[] RankKeys { get; private set; } = [];

    internal PostingHeap[] Postings { get; private set; } = [];

    internal long[] Heaps { get; private set; } = [];

    internal void Enter()
    {
        if (Interlocked.Exchange(ref _inUse, 1) == 1)
        {
            throw new InvalidOperationException("This matching workspace is already in use by another call.");
        }
    }

    internal void Leave() => Volatile.Write(ref _inUse, 0);

    // Arrays grow to the exact size needed and are not cleared: the engine clears what it reads before writing.
    internal int[] BucketEndsFor(int length) => BucketEnds = Fit(BucketEnds, length);

    internal long[] BucketsFor(int length) => Buckets = Fit(Buckets, length);

    internal long[] MarksFor(int length) => Marks = Fit(Marks, length);

    internal int[] RankKeysFor(int length) => RankKeys = Fit(RankKeys, length);

    internal PostingHeap[] PostingsFor(int length) => Postings = Fit(Postings, length);

    internal long[] HeapsFor(int length) => Heaps = Fit(Heaps, length);

    private static T[] Fit<T>(T[] array, int length) => array.Length >= length ? array : GC.AllocateUninitializedArray<T>(length);
}
