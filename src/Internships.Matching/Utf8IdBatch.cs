using System.Runtime.CompilerServices;

namespace Internships.Matching;

/// <summary>
/// Up to <see cref="Capacity"/> ids as UTF-8, back to back in one reused buffer: what a reader has met of one list so
/// far, to append to a ranking or a list of choices at once (<see cref="MatchingProblemBuilder.AppendToRanking(Utf8IdBatch)"/>).
/// Interning a batch looks its ids up side by side, so their waits for memory overlap instead of adding up.
/// </summary>
public sealed class Utf8IdBatch
{
    /// <summary>How many ids a batch holds; enough for memory waits to overlap, few enough to stay in the nearest cache.</summary>
    public const int Capacity = 32;

    // Readable bytes kept past the end of every id, for Head.
    private const int Slack = sizeof(ulong);

    private readonly int[] _ends = new int[Capacity];
    private byte[] _bytes = new byte[Capacity * 16];

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    internal int LengthOf(int index) => _ends[index] - (index == 0 ? 0 : _ends[index - 1]);

    /// <summary>
    /// An id of up to 8 bytes as one number, zero-padded, as <see cref="IdTable"/> keys it: read as one word, which
    /// the buffer's slack of 8 bytes past every id allows, and masked to the id's length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ulong Head(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        var length = _ends[index] - start;
        if (!BitConverter.IsLittleEndian)
        {
            return IdTable.Pack(_bytes.AsSpan(start, length));
        }

        var word = Unsafe.ReadUnaligned<ulong>(ref _bytes[start]);
        return length >= sizeof(ulong) ? word : word & ((1UL << (length * 8)) - 1);
    }

    internal ReadOnlySpan<byte> this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var start = index == 0 ? 0 : _ends[index - 1];
            return _bytes.AsSpan(start, _ends[index] - start);
        }
    }

    public void Add(ReadOnlySpan<byte> utf8Id)
    {
        utf8Id.CopyTo(Reserve(utf8Id.Length));
        Commit(utf8Id.Length);
    }

    /// <summary>Room for the next id, for a decoder to write it in place; then <see cref="Commit"/> the length written.</summary>
    public Span<byte> Reserve(int maximumLength)
    {
        if (IsFull)
        {
            throw new InvalidOperationException($"The batch already holds {Capacity} ids; append it to the builder and clear it.");
        }

        var start = End;
        if (_bytes.Length - start < maximumLength + Slack)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, start + maximumLength + Slack));
        }

        return _bytes.AsSpan(start, maximumLength);
    }

    public void Commit(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _bytes.Length - End);
        _ends[Count] = End + length;
        Count++;
    }

    public void Clear() => Count = 0;

    private int End => Count == 0 ? 0 : _ends[Count - 1];
}
