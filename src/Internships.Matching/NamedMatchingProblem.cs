namespace Internships.Matching;

/// <summary>A <see cref="MatchingProblem"/> together with the string ids behind its indices.</summary>
public sealed class NamedMatchingProblem
{
    private readonly IdList _postingIds;
    private readonly IdList _studentIds;

    internal NamedMatchingProblem(MatchingProblem problem, IdList postingIds, IdList studentIds)
    {
        Problem = problem;
        _postingIds = postingIds;
        _studentIds = studentIds;
    }

    /// <summary>The problem by index: posting i is <see cref="PostingIds"/>[i], student j is <see cref="StudentIds"/>[j].</summary>
    public MatchingProblem Problem { get; }

    /// <summary>Posting ids in the order the postings were added; each string is made when read.</summary>
    public IReadOnlyList<string> PostingIds => _postingIds;

    /// <summary>Student ids in the order the students were added; each string is made when read.</summary>
    public IReadOnlyList<string> StudentIds => _studentIds;

    /// <summary>Posting <paramref name="posting"/>'s id as UTF-8, without making a string: for writing ids out.</summary>
    public ReadOnlySpan<byte> PostingIdUtf8(int posting) => _postingIds.Utf8Of(posting);

    /// <summary>Student <paramref name="student"/>'s id as UTF-8, without making a string: for writing ids out.</summary>
    public ReadOnlySpan<byte> StudentIdUtf8(int student) => _studentIds.Utf8Of(student);

    /// <summary>Validates and interns whole records; see <see cref="MatchingProblemBuilder"/> to stream them instead.</summary>
    public static NamedMatchingProblem Create(IEnumerable<PostingPreferences> postings, IEnumerable<StudentPreferences> students)
    {
        ArgumentNullException.ThrowIfNull(postings);
        ArgumentNullException.ThrowIfNull(students);
        var builder = new MatchingProblemBuilder();
        var position = 0;
        foreach (var posting in postings)
        {
            if (posting?.Ranking is null)
            {
                throw new MatchingInputException($"The posting at position {position} {(posting is null ? "is null" : "has no ranking")}.");
            }

            builder.AddPosting(posting.Id, posting.Capacity, posting.Ranking);
            position++;
        }

        position = 0;
        foreach (var student in students)
        {
            if (student?.Choices is null)
            {
                throw new MatchingInputException($"The student at position {position} {(student is null ? "is null" : "has no choices")}.");
            }

            builder.AddStudent(student.Id, student.Choices);
            position++;
        }

        return builder.Build();
    }

    /// <summary>Puts ids on a result the engine computed for <see cref="Problem"/>.</summary>
    public NamedMatchingResult Label(MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.StudentCount != StudentIds.Count || result.PostingCount != PostingIds.Count)
        {
            throw new ArgumentException("The result is not for this problem.", nameof(result));
        }

        // Ids are made into strings when read: each posting's once, however many students it takes.
        var postingIds = new string?[result.PostingCount];
        var assignments = new List<NamedAssignment>(result.Statistics.MatchedStudents);
        var unmatched = new List<string>(result.Statistics.UnmatchedStudents);
        for (var student = 0; student < result.StudentCount; student++)
        {
            var posting = result.PostingOf(student);
            if (posting == MatchingResult.Unmatched)
            {
                unmatched.Add(StudentIds[student]);
            }
            else
            {
                assignments.Add(new NamedAssignment(StudentIds[student], postingIds[posting] ??= PostingIds[posting], result.ChoiceIndexOf(student)));
            }
        }

        return new NamedMatchingResult(assignments, unmatched, result);
    }
}
