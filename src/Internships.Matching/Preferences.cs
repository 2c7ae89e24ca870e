namespace Internships.Matching;

/// <summary>A posting as the engine sees it: how many students it takes and whom it accepts, best first.</summary>
/// <param name="Ranking">Student ids, best first; a student not listed is unacceptable to the posting.</param>
public sealed record PostingPreferences(string Id, int Capacity, IReadOnlyList<string> Ranking);

/// <summary>A student as the engine sees it: the postings it applies to, best first.</summary>
public sealed record StudentPreferences(string Id, IReadOnlyList<string> Choices);
