namespace Internships.Matching;

/// <summary>
/// Interns one kind of id (students or postings) to ints. An id gets a provisional index the first time it is seen,
/// as a definition or as a reference from the other side's lists, so input can arrive in any order; its final index
/// is its position among definitions, known once it is defined.
/// </summary>
internal sealed class IdTable
{
    private readonly Dictionary<string, int> _provisional = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _ids = [];
    private readonly List<int> _finalIndex = [];

    public IdTable(string kind)
    {
        Kind = kind;
        _bySpan = _provisional.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Kind { get; }

    public int DefinedCount { get; private set; }

    public int Reference(ReadOnlySpan<char> id)
    {
        if (_bySpan.TryGetValue(id, out var index))
        {
            return index;
        }

        index = _ids.Count;
        var text = id.ToString();
        _provisional.Add(text, index);
        _ids.Add(text);
        _finalIndex.Add(-1);
        return index;
    }

    /// <summary>Defines the id at the next final index; the caller has checked it is not empty.</summary>
    public void Define(ReadOnlySpan<char> id)
    {
        var index = Reference(id);
        if (_finalIndex[index] >= 0)
        {
            throw new MatchingInputException($"Duplicate {Kind} id '{_ids[index]}'.");
        }

        _finalIndex[index] = DefinedCount++;
    }

    public string IdOf(int provisional) => _ids[provisional];

    /// <summary>The final index of a provisional one, or -1 if the id was referenced but never defined.</summary>
    public int FinalIndexOf(int provisional) => _finalIndex[provisional];

    /// <summary>Ids by final index.</summary>
    public string[] DefinedIds()
    {
        var ids = new string[DefinedCount];
        for (var provisional = 0; provisional < _ids.Count; provisional++)
        {
            if (_finalIndex[provisional] >= 0)
            {
                ids[_finalIndex[provisional]] = _ids[provisional];
            }
        }

        return ids;
    }
}
