namespace Internships.Matching;

/// <summary>How validation messages name students and postings: "student 3" by index, "student 'S3'" by id.</summary>
internal interface IProblemNames
{
    string Student(int student);

    string Posting(int posting);
}

internal sealed class IndexProblemNames : IProblemNames
{
    public string Student(int student) => $"student {student}";

    public string Posting(int posting) => $"posting {posting}";
}

internal sealed class IdProblemNames(IReadOnlyList<string> postingIds, IReadOnlyList<string> studentIds) : IProblemNames
{
    public string Student(int student) => $"student '{studentIds[student]}'";

    public string Posting(int posting) => $"posting '{postingIds[posting]}'";
}
