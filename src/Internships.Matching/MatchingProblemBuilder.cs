namespace Internships.Matching;

/// <summary>
/// Turns postings and students with string ids into a <see cref="NamedMatchingProblem"/>, interning the ids once.
/// Either add whole records (<see cref="AddPosting"/>, <see cref="AddStudent"/>), or stream them without building
/// lists: append a row's entries, then complete the row with its id, as a reader meets them in a file or a query.
/// Postings and students may come in any order and interleave; ids are compared ordinally.
/// </summary>
/// <remarks>Invalid input throws <see cref="MatchingInputException"/> naming the problem; a builder that threw is spent.</remarks>
public sealed class MatchingProblemBuilder
{
    private readonly IdTable _postings = new("posting");
    private readonly IdTable _students = new("student");
    private readonly List<int> _capacities = [];
    private readonly List<int> _rankingStarts = [0];
    private readonly List<int> _rankings = [];
    private readonly List<int> _choiceStarts = [0];
    private readonly List<int> _choices = [];
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

    /// <summary>Appends a student to the ranking of the posting that the next <see cref="CompletePosting"/> completes.</summary>
    public void AppendToRanking(ReadOnlySpan<char> studentId)
    {
        if (studentId.IsEmpty)
        {
            _openRankingHasEmptyId = true;
            return;
        }

        _rankings.Add(_students.Reference(studentId));
    }

    /// <summary>Completes a posting whose ranking is the entries appended since the last posting.</summary>
    public void CompletePosting(ReadOnlySpan<char> id, int capacity)
    {
        if (id.IsEmpty)
        {
            throw new MatchingInputException($"The posting at position {_postings.DefinedCount} has a null or empty id.");
        }

        _postings.Define(id);
        if (_openRankingHasEmptyId)
        {
            throw new MatchingInputException($"Posting '{id}' ranks a null or empty student id.");
        }

        _capacities.Add(capacity);
        _rankingStarts.Add(_rankings.Count);
    }

    /// <summary>Appends a posting to the choices of the student that the next <see cref="CompleteStudent"/> completes.</summary>
    public void AppendToChoices(ReadOnlySpan<char> postingId)
    {
        if (postingId.IsEmpty)
        {
            _openChoicesHaveEmptyId = true;
            return;
        }

        _choices.Add(_postings.Reference(postingId));
    }

    /// <summary>Completes a student whose choices are the entries appended since the last student.</summary>
    public void CompleteStudent(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty)
        {
            throw new MatchingInputException($"The student at position {_students.DefinedCount} has a null or empty id.");
        }

        _students.Define(id);
        if (_openChoicesHaveEmptyId)
        {
            throw new MatchingInputException($"Student '{id}' lists a null or empty posting id.");
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
    private static int[] ToFinalIndices(List<int> entries, int[] rowStarts, IdTable referenced, Func<int, string> describeRow)
    {
        var final = entries.ToArray();
        var row = 0;
        for (var entry = 0; entry < final.Length; entry++)
        {
            while (entry >= rowStarts[row + 1])
            {
                row++;
            }

            var index = referenced.FinalIndexOf(final[entry]);
            if (index < 0)
            {
                throw new MatchingInputException($"{describeRow(row)} unknown {referenced.Kind} '{referenced.IdOf(final[entry])}'.");
            }

            final[entry] = index;
        }

        return final;
    }
}
