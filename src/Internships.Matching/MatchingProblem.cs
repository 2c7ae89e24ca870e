namespace Internships.Matching;

/// <summary>
/// A matching problem over dense indices: students are 0..StudentCount-1 and postings 0..PostingCount-1.
/// Each list is stored row after row in one array (compressed rows): student s's choices, best first, are
/// <c>Choices[ChoiceStarts[s]..ChoiceStarts[s + 1]]</c>, and posting p's ranking, best first, is
/// <c>Rankings[RankingStarts[p]..RankingStarts[p + 1]]</c>. A student missing from a posting's ranking is
/// unacceptable to it. Rankings are strict: break ties first (see <see cref="TieBreakLottery"/>).
/// </summary>
/// <remarks>
/// The constructor validates the arrays and then owns them: do not change them afterwards. A problem that exists
/// is valid, so <see cref="DeferredAcceptance"/> never has to check again.
/// </remarks>
public sealed class MatchingProblem
{
    private static readonly IndexProblemNames ByIndex = new();

    public MatchingProblem(int[] capacities, int[] rankingStarts, int[] rankings, int[] choiceStarts, int[] choices)
        : this(capacities, rankingStarts, rankings, choiceStarts, choices, ByIndex)
    {
    }

    internal MatchingProblem(int[] capacities, int[] rankingStarts, int[] rankings, int[] choiceStarts, int[] choices, IProblemNames names)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(rankingStarts);
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(choiceStarts);
        ArgumentNullException.ThrowIfNull(choices);

        CheckRowStarts(rankingStarts, capacities.Length, rankings.Length, "rankingStarts", "postings", "rankings");
        if (choiceStarts.Length == 0)
        {
            throw new MatchingInputException("choiceStarts must hold one start per student and a final end (at least one element).");
        }

        CheckRowStarts(choiceStarts, choiceStarts.Length - 1, choices.Length, "choiceStarts", "students", "choices");

        Capacities = capacities;
        RankingStarts = rankingStarts;
        Rankings = rankings;
        ChoiceStarts = choiceStarts;
        Choices = choices;
        Validate(names);
    }

    /// <summary>Builds a problem from one list per posting and per student; handy for tests and small callers.</summary>
    public static MatchingProblem FromLists(
        IReadOnlyList<int> capacities, IReadOnlyList<IReadOnlyList<int>> rankings, IReadOnlyList<IReadOnlyList<int>> choices)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentNullException.ThrowIfNull(choices);
        if (rankings.Count != capacities.Count)
        {
            throw new MatchingInputException($"There are {capacities.Count} capacities but {rankings.Count} rankings; give one of each per posting.");
        }

        var (rankingStarts, flatRankings) = Flatten(rankings, "posting", "ranking");
        var (choiceStarts, flatChoices) = Flatten(choices, "student", "choices");
        return new MatchingProblem([.. capacities], rankingStarts, flatRankings, choiceStarts, flatChoices);
    }

    public int StudentCount => ChoiceStarts.Length - 1;

    public int PostingCount => Capacities.Length;

    /// <summary>Every student's choices, concatenated; see the type's summary.</summary>
    internal int[] Choices { get; }

    internal int[] ChoiceStarts { get; }

    /// <summary>Every posting's ranking, concatenated; see the type's summary.</summary>
    internal int[] Rankings { get; }

    internal int[] RankingStarts { get; }

    internal int[] Capacities { get; }

    public int ChoiceEntryCount => Choices.Length;

    public int RankingEntryCount => Rankings.Length;

    public int CapacityOf(int posting) => Capacities[posting];

    /// <summary>The postings the student applies to, best first.</summary>
    public ReadOnlySpan<int> ChoicesOf(int student) =>
        Choices.AsSpan(ChoiceStarts[student], ChoiceStarts[student + 1] - ChoiceStarts[student]);

    /// <summary>The students the posting finds acceptable, best first.</summary>
    public ReadOnlySpan<int> RankingOf(int posting) =>
        Rankings.AsSpan(RankingStarts[posting], RankingStarts[posting + 1] - RankingStarts[posting]);

    private static void CheckRowStarts(int[] starts, int rowCount, int entryCount, string startsName, string rows, string entriesName)
    {
        if (starts.Length != rowCount + 1)
        {
            throw new MatchingInputException($"{startsName} has {starts.Length} elements; {rowCount} {rows} need {rowCount + 1}.");
        }

        if (starts[0] != 0 || starts[rowCount] != entryCount)
        {
            throw new MatchingInputException($"{startsName} must begin at 0 and end at the length of {entriesName} ({entryCount}).");
        }

        for (var row = 0; row < rowCount; row++)
        {
            if (starts[row + 1] < starts[row])
            {
                throw new MatchingInputException($"{startsName} decreases after element {row}.");
            }
        }
    }

    private void Validate(IProblemNames names)
    {
        var studentCount = StudentCount;
        var postingCount = PostingCount;
        for (var posting = 0; posting < postingCount; posting++)
        {
            if (Capacities[posting] < 0)
            {
                throw Problem($"{names.Posting(posting)} has a negative capacity ({Capacities[posting]}).");
            }
        }

        // Stamp arrays find a repeat in a list in one pass: lastSeen[x] == row + 1 means x already occurs in this row.
        var lastRankedBy = new int[studentCount];
        for (var posting = 0; posting < postingCount; posting++)
        {
            for (var entry = RankingStarts[posting]; entry < RankingStarts[posting + 1]; entry++)
            {
                var student = Rankings[entry];
                if ((uint)student >= (uint)studentCount)
                {
                    throw Problem($"{names.Posting(posting)} ranks student {student}, which does not exist (there are {studentCount} students).");
                }

                if (lastRankedBy[student] == posting + 1)
                {
                    throw Problem($"{names.Posting(posting)} ranks {names.Student(student)} twice.");
                }

                lastRankedBy[student] = posting + 1;
            }
        }

        var lastChosenBy = new int[postingCount];
        for (var student = 0; student < studentCount; student++)
        {
            for (var entry = ChoiceStarts[student]; entry < ChoiceStarts[student + 1]; entry++)
            {
                var posting = Choices[entry];
                if ((uint)posting >= (uint)postingCount)
                {
                    throw Problem($"{names.Student(student)} lists posting {posting}, which does not exist (there are {postingCount} postings).");
                }

                if (lastChosenBy[posting] == student + 1)
                {
                    throw Problem($"{names.Student(student)} lists {names.Posting(posting)} twice.");
                }

                lastChosenBy[posting] = student + 1;
            }
        }
    }

    private static MatchingInputException Problem(string message) =>
        new(char.ToUpperInvariant(message[0]) + message[1..]);

    private static (int[] Starts, int[] Entries) Flatten(IReadOnlyList<IReadOnlyList<int>> lists, string owner, string listName)
    {
        var starts = new int[lists.Count + 1];
        for (var row = 0; row < lists.Count; row++)
        {
            var list = lists[row] ?? throw new MatchingInputException($"The {listName} of {owner} {row} is null.");
            starts[row + 1] = checked(starts[row] + list.Count);
        }

        var entries = new int[starts[lists.Count]];
        for (var row = 0; row < lists.Count; row++)
        {
            var list = lists[row];
            for (var i = 0; i < list.Count; i++)
            {
                entries[starts[row] + i] = list[i];
            }
        }

        return (starts, entries);
    }
}
