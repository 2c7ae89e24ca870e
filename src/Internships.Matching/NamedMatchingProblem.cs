namespace Internships.Matching;

/// <summary>A <see cref="MatchingProblem"/> together with the string ids behind its indices.</summary>
public sealed class NamedMatchingProblem
{
    internal NamedMatchingProblem(MatchingProblem problem, string[] postingIds, string[] studentIds)
    {
        Problem = problem;
        PostingIds = postingIds;
        StudentIds = studentIds;
    }

    /// <summary>The problem by index: posting i is <see cref="PostingIds"/>[i], student j is <see cref="StudentIds"/>[j].</summary>
    public MatchingProblem Problem { get; }

    /// <summary>Posting ids in the order the postings were added.</summary>
    public IReadOnlyList<string> PostingIds { get; }

    /// <summary>Student ids in the order the students were added.</summary>
    public IReadOnlyList<string> StudentIds { get; }

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
                assignments.Add(new NamedAssignment(StudentIds[student], PostingIds[posting], result.ChoiceIndexOf(student)));
            }
        }

        return new NamedMatchingResult(assignments, unmatched, result);
    }
}
