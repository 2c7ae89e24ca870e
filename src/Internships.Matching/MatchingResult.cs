using System.Runtime.CompilerServices;

namespace Internships.Matching;

/// <summary>The student-optimal stable matching of a <see cref="MatchingProblem"/>, by index.</summary>
public sealed class MatchingResult
{
    public const int Unmatched = -1;

    private readonly int[] _postingOf;
    private readonly int[] _choiceIndexOf;

    private MatchingResult(int postingCount, int[] postingOf, int[] choiceIndexOf, MatchingStatistics statistics)
    {
        PostingCount = postingCount;
        _postingOf = postingOf;
        _choiceIndexOf = choiceIndexOf;
        Statistics = statistics;
    }

    public int StudentCount => _postingOf.Length;

    public int PostingCount { get; }

    public MatchingStatistics Statistics { get; }

    /// <summary>Each student's posting, or <see cref="Unmatched"/>.</summary>
    public ReadOnlySpan<int> PostingOfStudent => _postingOf;

    /// <summary>The posting the student is placed at, or <see cref="Unmatched"/>.</summary>
    public int PostingOf(int student) => _postingOf[student];

    /// <summary>Where the student's posting is in its choices, 0 for its first choice; <see cref="Unmatched"/> if unplaced.</summary>
    public int ChoiceIndexOf(int student) => _choiceIndexOf[student];

    /// <summary>The students placed at each posting, in student index order.</summary>
    public int[][] StudentsByPosting()
    {
        var postingCount = PostingCount;
        var counts = new int[postingCount];
        foreach (var posting in _postingOf)
        {
            if (posting != Unmatched)
            {
                counts[posting]++;
            }
        }

        var students = new int[postingCount][];
        for (var posting = 0; posting < postingCount; posting++)
        {
            students[posting] = new int[counts[posting]];
            counts[posting] = 0;
        }

        for (var student = 0; student < _postingOf.Length; student++)
        {
            var posting = _postingOf[student];
            if (posting != Unmatched)
            {
                students[posting][counts[posting]++] = student;
            }
        }

        return students;
    }

    /// <summary>Reads the result off the engine's final state: each student's choice entry, or its row end if unplaced.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static MatchingResult FromFinalEntries(MatchingProblem problem, int[] finalEntries, long proposals)
    {
        var choices = problem.Choices;
        var choiceStarts = problem.ChoiceStarts;
        var studentCount = problem.StudentCount;
        var postingOf = finalEntries; // reused in place: each entry is read before it is overwritten
        var choiceIndexOf = new int[studentCount];
        var longestList = 0;
        for (var student = 0; student < studentCount; student++)
        {
            longestList = Math.Max(longestList, choiceStarts[student + 1] - choiceStarts[student]);
        }

        var placedAtChoice = new int[longestList];
        var matched = 0;
        for (var student = 0; student < studentCount; student++)
        {
            var entry = finalEntries[student];
            if (entry < choiceStarts[student + 1])
            {
                var choiceIndex = entry - choiceStarts[student];
                postingOf[student] = choices[entry];
                choiceIndexOf[student] = choiceIndex;
                placedAtChoice[choiceIndex]++;
                matched++;
            }
            else
            {
                postingOf[student] = Unmatched;
                choiceIndexOf[student] = Unmatched;
            }
        }

        return new MatchingResult(problem.PostingCount, postingOf, choiceIndexOf,
            new MatchingStatistics(proposals, matched, studentCount - matched, placedAtChoice));
    }
}
