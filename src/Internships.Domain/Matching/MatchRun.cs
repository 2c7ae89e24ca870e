namespace Internships.Domain.Matching;

/// <summary>
/// One run of a round's match, kept for audit: the lottery seed (the run can be reproduced from it and the frozen
/// preferences), a summary of its input and of its result, and each participant's outcome.
/// </summary>
public sealed class MatchRun : Entity
{
    private MatchRun() { }

    public MatchRun(int roundId, int number, long seed, DateTime ranAt, string? ranBy, MatchRunFigures figures)
    {
        RoundId = roundId;
        Number = number;
        Seed = seed;
        RanAt = ranAt;
        RanBy = ranBy;
        Students = figures.Students;
        StudentsWithChoices = figures.StudentsWithChoices;
        Postings = figures.Postings;
        Places = figures.Places;
        Choices = figures.Choices;
        Proposals = figures.Proposals;
        Matched = figures.Matched;
        PlacedAtChoice = string.Join(",", figures.PlacedAtChoice);
        ElapsedMilliseconds = figures.ElapsedMilliseconds;
    }

    public int RoundId { get; private set; }

    public int Number { get; private set; }

    public long Seed { get; private set; }

    public DateTime RanAt { get; private set; }

    public string? RanBy { get; private set; }

    public int Students { get; private set; }

    public int StudentsWithChoices { get; private set; }

    public int Postings { get; private set; }

    public int Places { get; private set; }

    public int Choices { get; private set; }

    public long Proposals { get; private set; }

    public int Matched { get; private set; }

    /// <summary>How many students got their 1st, 2nd, … choice, comma-separated.</summary>
    public string PlacedAtChoice { get; private set; } = "";

    /// <summary>The matching step alone, for the record.</summary>
    public long ElapsedMilliseconds { get; private set; }

    public int Unmatched => Students - Matched;

    public IReadOnlyList<int> PlacedAtChoiceCounts =>
        PlacedAtChoice.Length == 0 ? [] : PlacedAtChoice.Split(',').Select(int.Parse).ToList();
}

public sealed record MatchRunFigures(
    int Students, int StudentsWithChoices, int Postings, int Places, int Choices, long Proposals, int Matched,
    IReadOnlyList<int> PlacedAtChoice, long ElapsedMilliseconds);

/// <summary>What one participant got in a run: a posting at their n-th choice, or nothing and why.</summary>
public sealed class MatchOutcome
{
    private MatchOutcome() { }

    private MatchOutcome(int runId, int studentId, int? postingId, int? choiceNumber, UnmatchedReason? reason)
    {
        RunId = runId;
        StudentId = studentId;
        PostingId = postingId;
        ChoiceNumber = choiceNumber;
        Reason = reason;
    }

    public int RunId { get; private set; }

    public int StudentId { get; private set; }

    public int? PostingId { get; private set; }

    /// <summary>1 for the student's first choice.</summary>
    public int? ChoiceNumber { get; private set; }

    public UnmatchedReason? Reason { get; private set; }

    public static MatchOutcome Matched(int runId, int studentId, int postingId, int choiceNumber) =>
        new(runId, studentId, postingId, choiceNumber, null);

    public static MatchOutcome Unmatched(int runId, int studentId, UnmatchedReason reason) =>
        new(runId, studentId, null, null, reason);

    /// <summary>
    /// Why a student was left out: they ranked nothing; every employer they chose found them unacceptable; or the
    /// places they could have had went to students those employers ranked higher.
    /// </summary>
    public static UnmatchedReason ReasonFor(int choices, int acceptableChoices) => (choices, acceptableChoices) switch
    {
        (0, _) => UnmatchedReason.NoChoices,
        (_, 0) => UnmatchedReason.NotAcceptable,
        _ => UnmatchedReason.ChoicesFull,
    };
}

public enum UnmatchedReason
{
    /// <summary>The student ranked no posting (or none that still takes part).</summary>
    NoChoices,

    /// <summary>Every posting the student ranked marked them unacceptable.</summary>
    NotAcceptable,

    /// <summary>Every posting that would take them filled its places with students it ranked higher.</summary>
    ChoicesFull,
}
