namespace Internships.Matching;

/// <summary>A student's placement.</summary>
/// <param name="ChoiceIndex">Where the posting is in the student's choices: 0 for its first choice.</param>
public sealed record NamedAssignment(string StudentId, string PostingId, int ChoiceIndex);

/// <summary>The student-optimal stable matching with ids, in the order the students were added.</summary>
public sealed class NamedMatchingResult
{
    internal NamedMatchingResult(IReadOnlyList<NamedAssignment> assignments, IReadOnlyList<string> unmatched, MatchingResult result)
    {
        Assignments = assignments;
        Unmatched = unmatched;
        Result = result;
    }

    public IReadOnlyList<NamedAssignment> Assignments { get; }

    /// <summary>Ids of the students placed nowhere.</summary>
    public IReadOnlyList<string> Unmatched { get; }

    public MatchingStatistics Statistics => Result.Statistics;

    /// <summary>The same result by index.</summary>
    public MatchingResult Result { get; }
}
