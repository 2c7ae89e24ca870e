using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;
using System.Text.Unicode;

namespace Internships.Matching;

/// <summary>
/// Interns one kind of id (students or postings) to ints. An id gets a provisional index the first time it is seen,
/// as a definition or as a reference from the other side's lists, so input can arrive in any order; its final index
/// is its position among definitions, known once it is defined.
/// </summary>
/// <remarks>
/// Ids are kept as UTF-8, one after another in one byte array, and found through an open-addressing hash table
/// whose slots carry the whole id when it is 8 bytes or shorter (most real ids), or else a 64-bit hash of it: so a
/// lookup of a short id reads one slot, one cache line, and no id is a separate object. A million students' file
/// makes twenty million lookups, and the time they take is the time they wait for memory: a
/// <c>Dictionary&lt;string, int&gt;</c>, which read a bucket, an entry and a string per lookup, took most of the
/// command line's time. The hash is seeded per table, so chosen ids cannot make the probe runs long.
/// </remarks>
internal sealed class IdTable
{
    private const int InlineBytes = sizeof(ulong);
    private const int FirstCapacity = 16;

    private readonly ulong _seed = (ulong)Random.Shared.NextInt64();
    private Slot[] _slots = new Slot[FirstCapacity];
    private int _shift = 64 - 4;
    private byte[] _bytes = new byte[256];
    private int[] _starts = new int[FirstCapacity + 1];
    private int[] _finalIndex = new int[FirstCapacity];

    public IdTable(string kind) => Kind = kind;

    public string Kind { get; }

    /// <summary>Ids seen, defined or only referenced so far; provisional indices are 0..Count-1.</summary>
    public int Count { get; private set; }

    public int DefinedCount { get; private set; }

    /// <summary>The provisional index of an id, which must be valid UTF-8 and not empty; adds the id if it is new.</summary>
    public int Reference(ReadOnlySpan<byte> id)
    {
        var key = id.Length <= InlineBytes ? Pack(id) : Hash(id, _seed);
        var slot = Find(id, key, SlotOf(key, id.Length)); // first: adding may replace _slots
        return _slots[slot].Index;
    }

    /// <summary>
    /// The provisional indices of a batch of ids, each added if new; -1 for an empty id. First every id's first slot
    /// is prefetched, so the processor fetches their cache lines all at once; then each id is found from there, in a
    /// line mostly already fetched. (Reading the slots instead would not do: each read holds up the instructions
    /// after it until its line arrives, and only a few fit in the meantime.)
    /// </summary>
    public void ReferenceAll(Utf8IdBatch ids, Span<int> indices)
    {
        Span<ulong> keys = stackalloc ulong[Utf8IdBatch.Capacity];
        Span<int> firstSlots = stackalloc int[Utf8IdBatch.Capacity];
        var slots = _slots;
        for (var i = 0; i < ids.Count; i++)
        {
            var length = ids.LengthOf(i);
            keys[i] = length <= InlineBytes ? ids.Head(i) : Hash(ids[i], _seed);
            firstSlots[i] = SlotOf(keys[i], length);
            Prefetch(ref slots[firstSlots[i]]);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (id.IsEmpty)
            {
                indices[i] = -1;
                continue;
            }

            // Adding an id may have grown the table, moving every id: then the first slot is worked out anew.
            var slot = Find(id, keys[i], ReferenceEquals(slots, _slots) ? firstSlots[i] : SlotOf(keys[i], id.Length));
            indices[i] = _slots[slot].Index;
        }
    }

    /// <summary>Starts fetching the slot where an id would be found, so that a lookup of it soon after does not wait.</summary>
    public void Prefetch(ReadOnlySpan<byte> id)
    {
        var key = id.Length <= InlineBytes ? Pack(id) : Hash(id, _seed);
        Prefetch(ref _slots[SlotOf(key, id.Length)]);
    }

    /// <summary>Defines the id at the next final index; the caller has checked it is not empty.</summary>
    public void Define(ReadOnlySpan<byte> id)
    {
        var key = id.Length <= InlineBytes ? Pack(id) : Hash(id, _seed);
        var slot = Find(id, key, SlotOf(key, id.Length));
        ref var entry = ref _slots[slot];
        if (entry.Defined)
        {
            throw new MatchingInputException($"Duplicate {Kind} id '{IdOf(entry.Index)}'.");
        }

        // Marked in the slot, which the lookup has just read, so a definition costs one wait for memory, not two.
        entry.Defined = true;
        _finalIndex[entry.Index] = DefinedCount++;
    }

    /// <summary>Where the id is in the table, after adding it if it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<byte> id, ulong key, int firstSlot)
    {
        var mask = _slots.Length - 1;
        for (var slot = firstSlot; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _slots[slot];
            if (entry.IsFree)
            {
                return Add(id, key, slot);
            }

            if (entry.Key == key && entry.Length == id.Length && (id.Length <= InlineBytes || Utf8Of(entry.Index).SequenceEqual(id)))
            {
                return slot;
            }
        }
    }

    public ReadOnlySpan<byte> Utf8Of(int provisional) =>
        _bytes.AsSpan(_starts[provisional], _starts[provisional + 1] - _starts[provisional]);

    public string IdOf(int provisional) => Encoding.UTF8.GetString(Utf8Of(provisional));

    /// <summary>The final index of a provisional one, or -1 if the id was referenced but never defined.</summary>
    public int FinalIndexOf(int provisional) => _finalIndex[provisional];

    /// <summary>
    /// The defined ids copied in final order into arrays of their own, so that writing them out reads memory in
    /// order, and this table (the largest structure of a big round) can be collected before the matching starts.
    /// </summary>
    public IdList DefinedIds()
    {
        // Reads go through the table in order; the writes land in final order, and writes do not wait for memory.
        var starts = new int[DefinedCount + 1];
        for (var provisional = 0; provisional < Count; provisional++)
        {
            var final = _finalIndex[provisional];
            if (final >= 0)
            {
                starts[final + 1] = _starts[provisional + 1] - _starts[provisional];
            }
        }

        for (var final = 0; final < DefinedCount; final++)
        {
            starts[final + 1] += starts[final];
        }

        var bytes = GC.AllocateUninitializedArray<byte>(starts[DefinedCount]);
        for (var provisional = 0; provisional < Count; provisional++)
        {
            var final = _finalIndex[provisional];
            if (final >= 0)
            {
                Utf8Of(provisional).CopyTo(bytes.AsSpan(starts[final]));
            }
        }

        return new IdList(bytes, starts);
    }

    /// <summary>Adds a new id in a free slot; returns where it ended up (elsewhere if the table grew).</summary>
    private int Add(ReadOnlySpan<byte> id, ulong key, int slot)
    {
        if (!Utf8.IsValid(id))
        {
            throw new MatchingInputException($"A {Kind} id is not valid UTF-8.");
        }

        var index = Count;
        if (index == _finalIndex.Length)
        {
            Array.Resize(ref _finalIndex, index * 2);
            Array.Resize(ref _starts, (index * 2) + 1);
        }

        var start = _starts[index];
        var end = checked(start + id.Length);
        if (end > _bytes.Length)
        {
            Array.Resize(ref _bytes, (int)Math.Min(Array.MaxLength, Math.Max((long)_bytes.Length * 2, end)));
        }

        id.CopyTo(_bytes.AsSpan(start));
        _starts[index + 1] = end;
        _finalIndex[index] = -1;
        _slots[slot] = new Slot(key, id.Length, index);
        Count++;

        // At most three quarters full, so a missing id is found missing within a few slots.
        if (Count * 4L <= _slots.Length * 3L)
        {
            return slot;
        }

        Grow();
        return Find(id, key, SlotOf(key, id.Length));
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (!entry.IsFree)
            {
                // The key is the id or its hash, so moving needs neither the id's bytes nor hashing again.
                var slot = SlotOf(entry.Key, entry.Length);
                while (!_slots[slot].IsFree)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = entry;
            }
        }
    }

    /// <summary>Asks for a slot's cache line without waiting for it: a hint, harmless even if the array has since moved.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref Slot slot)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref slot));
        }
    }

    /// <summary>The first slot to probe: the top bits of the mixed key (Fibonacci-style, so every bit of the id counts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong key, int length) => (int)(Mix(key ^ _seed ^ ((ulong)length << 56)) >> _shift);

    /// <summary>An id of up to 8 bytes as one number, zero-padded; with its length, it is the id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Pack(ReadOnlySpan<byte> id)
    {
        if (id.Length == InlineBytes)
        {
            return MemoryMarshal.Read<ulong>(id);
        }

        ulong packed = 0;
        id.CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref packed)));
        return packed;
    }

    /// <summary>A 64-bit hash of an id longer than 8 bytes: each 8-byte word (the last one overlapping) mixed in turn.</summary>
    private static ulong Hash(ReadOnlySpan<byte> id, ulong seed)
    {
        var hash = seed ^ (ulong)id.Length;
        var at = 0;
        for (; at + InlineBytes < id.Length; at += InlineBytes)
        {
            hash = Mix(hash ^ MemoryMarshal.Read<ulong>(id[at..]));
        }

        return Mix(hash ^ MemoryMarshal.Read<ulong>(id[^InlineBytes..]));
    }

    /// <summary>MurmurHash3's 64-bit finalizer: every input bit flips about half the output bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value *= 0xff51afd7ed558ccdUL;
        value ^= value >> 33;
        value *= 0xc4ceb9fe1a85ec53UL;
        return value ^ (value >> 33);
    }

    /// <summary>
    /// An id in the table, 16 bytes: the id itself if it is 8 bytes or shorter, else its hash; its length; whether it
    /// is defined; its provisional index (stored plus one, so that a zeroed slot is free).
    /// </summary>
    private struct Slot(ulong key, int length, int index)
    {
        private const uint DefinedBit = 1u << 31;

        public readonly ulong Key = key;
        private uint _lengthAndDefined = (uint)length;
        private readonly int _indexPlusOne = index + 1;

        public readonly bool IsFree => _indexPlusOne == 0;

        public readonly int Index => _indexPlusOne - 1;

        public readonly int Length => (int)(_lengthAndDefined & ~DefinedBit);

        public bool Defined
        {
            readonly get => (_lengthAndDefined & DefinedBit) != 0;
            set => _lengthAndDefined = value ? _lengthAndDefined | DefinedBit : _lengthAndDefined & ~DefinedBit;
        }
    }
}
