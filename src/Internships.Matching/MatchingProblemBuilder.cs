using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Internships.Matching;

/// <summary>
/// Turns postings and students with string ids into a <see cref="NamedMatchingProblem"/>, interning the ids once.
/// Either add whole records (<see cref="AddPosting"/>, <see cref="AddStudent"/>), or stream them without building
/// lists: append a row's entries, then complete the row with its id, as a reader meets them in a file or a query.
/// Postings and students may come in any order and interleave; ids are compared ordinally.
/// </summary>
/// <remarks>
/// Ids are text, given as UTF-16 (<c>ReadOnlySpan&lt;char&gt;</c>, strings) or as UTF-8 (<c>ReadOnlySpan&lt;byte&gt;</c>,
/// straight from a file, with no string made), and may be mixed: the builder keeps them as UTF-8, on which ordinal
/// comparison agrees with .NET's ordinal comparison of strings. So an id must be valid text: one with half of a
/// surrogate pair, or bytes that are not UTF-8, is refused. A reader of large input appends a list's ids in batches
/// (<see cref="Utf8IdBatch"/>), which is several times faster than one at a time once the ids outgrow the caches.
/// Invalid input throws <see cref="MatchingInputException"/> naming the problem; a builder that threw is spent.
/// </remarks>
public sealed class MatchingProblemBuilder
{
    private readonly IdTable _postings = new("posting");
    private readonly IdTable _students = new("student");
    private readonly List<int> _capacities = [];
    private readonly List<int> _rankingStarts = [0];
    private readonly ChunkedInts _rankings = new();
    private readonly List<int> _choiceStarts = [0];
    private readonly ChunkedInts _choices = new();
    private byte[] _utf8 = new byte[64];
    private bool _openRankingHasEmptyId;
    private bool _openChoicesHaveEmptyId;

    public MatchingProblemBuilder AddPosting(string id, int capacity, IEnumerable<string> ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        foreach (var studentId in ranking)
        {
            AppendToRanking(studentId);
        }

        CompletePosting(id, capacity);
        return this;
    }

    public MatchingProblemBuilder AddStudent(string id, IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        foreach (var postingId in choices)
        {
            AppendToChoices(postingId);
        }

        CompleteStudent(id);
        return this;
    }

    /// <summary>Appends a student to the ranking of the posting that the next <see cref="CompletePosting(ReadOnlySpan{char}, int)"/> completes.</summary>
    public void AppendToRanking(ReadOnlySpan<char> studentId) => AppendToRanking(ToUtf8(studentId, _students));

    /// <inheritdoc cref="AppendToRanking(ReadOnlySpan{char})"/>
    public void AppendToRanking(ReadOnlySpan<byte> utf8StudentId)
    {
        if (utf8StudentId.IsEmpty)
        {
            _openRankingHasEmptyId = true;
            return;
        }

        _rankings.Add(_students.Reference(utf8StudentId));
    }

    /// <inheritdoc cref="AppendToRanking(ReadOnlySpan{char})"/>
    public void AppendToRanking(Utf8IdBatch studentIds) => AppendAll(studentIds, _students, _rankings, ref _openRankingHasEmptyId);

    /// <summary>Completes a posting whose ranking is the entries appended since the last posting.</summary>
    public void CompletePosting(ReadOnlySpan<char> id, int capacity) => CompletePosting(ToUtf8(id, _postings), capacity);

    /// <inheritdoc cref="CompletePosting(ReadOnlySpan{char}, int)"/>
    public void CompletePosting(ReadOnlySpan<byte> utf8Id, int capacity)
    {
        if (utf8Id.IsEmpty)
        {
            throw new MatchingInputException($"The posting at position {_postings.DefinedCount} has a null or empty id.");
        }

        _postings.Define(utf8Id);
        if (_openRankingHasEmptyId)
        {
            throw new MatchingInputException($"Posting '{Encoding.UTF8.GetString(utf8Id)}' ranks a null or empty student id.");
        }

        _capacities.Add(capacity);
        _rankingStarts.Add(_rankings.Count);
    }

    /// <summary>Appends a posting to the choices of the student that the next <see cref="CompleteStudent(ReadOnlySpan{char})"/> completes.</summary>
    public void AppendToChoices(ReadOnlySpan<char> postingId) => AppendToChoices(ToUtf8(postingId, _postings));

    /// <inheritdoc cref="AppendToChoices(ReadOnlySpan{char})"/>
    public void AppendToChoices(ReadOnlySpan<byte> utf8PostingId)
    {
        if (utf8PostingId.IsEmpty)
        {
            _openChoicesHaveEmptyId = true;
            return;
        }

        _choices.Add(_postings.Reference(utf8PostingId));
    }

    /// <inheritdoc cref="AppendToChoices(ReadOnlySpan{char})"/>
    public void AppendToChoices(Utf8IdBatch postingIds) => AppendAll(postingIds, _postings, _choices, ref _openChoicesHaveEmptyId);

    /// <summary>
    /// Optional, for readers of large input: names the student that the next <see cref="CompleteStudent(ReadOnlySpan{byte})"/>
    /// will complete, as soon as it is known, so that looking its id up can start while its choices are read. A
    /// student is usually first met in rankings, long before it is defined, so its id is no longer in the caches.
    /// </summary>
    public void PrefetchStudent(ReadOnlySpan<byte> utf8Id) => _students.Prefetch(utf8Id);

    /// <summary>Completes a student whose choices are the entries appended since the last student.</summary>
    public void CompleteStudent(ReadOnlySpan<char> id) => CompleteStudent(ToUtf8(id, _students));

    /// <inheritdoc cref="CompleteStudent(ReadOnlySpan{char})"/>
    public void CompleteStudent(ReadOnlySpan<byte> utf8Id)
    {
        if (utf8Id.IsEmpty)
        {
            throw new MatchingInputException($"The student at position {_students.DefinedCount} has a null or empty id.");
        }

        _students.Define(utf8Id);
        if (_openChoicesHaveEmptyId)
        {
            throw new MatchingInputException($"Student '{Encoding.UTF8.GetString(utf8Id)}' lists a null or empty posting id.");
        }

        _choiceStarts.Add(_choices.Count);
    }

    /// <summary>Checks that every id referenced is defined and that the lists are valid, and gives the problem.</summary>
    public NamedMatchingProblem Build()
    {
        if (_rankings.Count > _rankingStarts[^1])
        {
            throw new InvalidOperationException("Ranking entries were appended but no posting was completed with them.");
        }

        if (_choices.Count > _choiceStarts[^1])
        {
            throw new InvalidOperationException("Choice entries were appended but no student was completed with them.");
        }

        var postingIds = _postings.DefinedIds();
        var studentIds = _students.DefinedIds();
        var rankingStarts = _rankingStarts.ToArray();
        var rankings = ToFinalIndices(_rankings, rankingStarts, _students, row => $"Posting '{postingIds[row]}' ranks");
        var choiceStarts = _choiceStarts.ToArray();
        var choices = ToFinalIndices(_choices, choiceStarts, _postings, row => $"Student '{studentIds[row]}' lists");
        var problem = new MatchingProblem(_capacities.ToArray(), rankingStarts, rankings, choiceStarts, choices,
            new IdProblemNames(postingIds, studentIds));
        return new NamedMatchingProblem(problem, postingIds, studentIds);
    }

    /// <summary>Maps a row list's provisional indices to final ones; rows are already in final order.</summary>
    private static int[] ToFinalIndices(ChunkedInts entries, int[] rowStarts, IdTable referenced, Func<int, string> describeRow)
    {
        // Copied first, then mapped in place: two passes in order over the entries, the second reading each
        // referenced id's final index; the lookups do not depend on one another, so their waits overlap.
        var final = entries.ToArray();
        var provisional = final;
        var row = 0;
        for (var entry = 0; entry < final.Length; entry++)
        {
            while (entry >= rowStarts[row + 1])
            {
                row++;
            }

            var index = referenced.FinalIndexOf(provisional[entry]);
            if (index < 0)
            {
                throw new MatchingInputException($"{describeRow(row)} unknown {referenced.Kind} '{referenced.IdOf(provisional[entry])}'.");
            }

            final[entry] = index;
        }

        return final;
    }

    private static void AppendAll(Utf8IdBatch ids, IdTable table, ChunkedInts row, ref bool hasEmptyId)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Span<int> indices = stackalloc int[Utf8IdBatch.Capacity];
        indices = indices[..ids.Count];
        table.ReferenceAll(ids, indices);

        foreach (var index in indices)
        {
            if (index >= 0)
            {
                row.Add(index);
            }
            else
            {
                // An empty id has no index; the row is refused when completed, as with one appended alone.
                hasEmptyId = true;
            }
        }
    }

    /// <summary>A UTF-16 id as UTF-8, in a buffer reused until the next call.</summary>
    private ReadOnlySpan<byte> ToUtf8(ReadOnlySpan<char> id, IdTable kind)
    {
        var most = Encoding.UTF8.GetMaxByteCount(id.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[most];
        }

        if (Utf8.FromUtf16(id, _utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            throw new MatchingInputException($"The {kind.Kind} id '{id}' is not valid text: it holds half of a surrogate pair.");
        }

        return _utf8.AsSpan(0, written);
    }
}
