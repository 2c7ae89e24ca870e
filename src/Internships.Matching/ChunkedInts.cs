namespace Internships.Matching;

/// <summary>
/// An append-only list of ints kept in fixed-size chunks. Unlike <see cref="List{T}"/> it never copies itself to grow,
/// so the ten million entries of a state-sized round take their own size in memory, not up to four times that in
/// doubled arrays and their garbage (fresh memory is slow to touch: see perf/matching-cli.md).
/// </summary>
internal sealed class ChunkedInts
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<int[]> _chunks = [];

    public int Count { get; private set; }

    public int this[int index] => _chunks[index >> ChunkBits][index & ChunkMask];

    public void Add(int value)
    {
        if ((Count & ChunkMask) == 0 && Count >> ChunkBits == _chunks.Count)
        {
            _chunks.Add(GC.AllocateUninitializedArray<int>(ChunkSize));
        }

        _chunks[Count >> ChunkBits][Count & ChunkMask] = value;
        Count++;
    }

    /// <summary>The entries in order, as one array of exactly <see cref="Count"/>.</summary>
    public int[] ToArray()
    {
        var all = GC.AllocateUninitializedArray<int>(Count);
        for (var start = 0; start < Count; start += ChunkSize)
        {
            _chunks[start >> ChunkBits].AsSpan(0, Math.Min(ChunkSize, Count - start)).CopyTo(all.AsSpan(start));
        }

        return all;
    }
}
