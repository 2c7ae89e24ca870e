namespace Internships.Matching;

/// <summary>How the matching went.</summary>
/// <param name="Proposals">
/// Applications made during deferred acceptance, counting those rejected at once (unranked student, full posting);
/// never more than the number of choice entries.
/// </param>
/// <param name="MatchedStudents">Students placed at a posting.</param>
/// <param name="UnmatchedStudents">Students placed nowhere.</param>
/// <param name="PlacedAtChoice">
/// How many students were placed at their first choice (index 0), second (index 1), and so on; as long as the
/// longest list of choices.
/// </param>
public sealed record MatchingStatistics(long Proposals, int MatchedStudents, int UnmatchedStudents, IReadOnlyList<int> PlacedAtChoice);
