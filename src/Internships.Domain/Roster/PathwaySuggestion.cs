namespace Internships.Domain.Roster;

public enum SuggestionStatus
{
    Pending,
    Confirmed,
    Dismissed,
}

/// <summary>
/// A roster import saw a student in courses that a career pathway lists in its course sequence, and suggests enrolling
/// them in it. Nothing is enrolled until a coordinator confirms; a dismissed suggestion is not made again for the same
/// student and pathway.
/// </summary>
public sealed class PathwaySuggestion : Entity
{
    public const int MaxCoursesLength = 500;

    private PathwaySuggestion() { }

    public PathwaySuggestion(int studentId, int pathwayId, int importId, string courses, DateTime now)
    {
        StudentId = studentId;
        PathwayId = pathwayId;
        ImportId = importId;
        Courses = courses.Length > MaxCoursesLength ? courses[..MaxCoursesLength] : courses;
        SuggestedAt = now;
        Status = SuggestionStatus.Pending;
    }

    public int StudentId { get; private set; }

    public int PathwayId { get; private set; }

    /// <summary>The import that made the suggestion.</summary>
    public int ImportId { get; private set; }

    /// <summary>The student's courses that the pathway lists, as the SIS names them ("ENG-101 Intro to Engineering").</summary>
    public string Courses { get; private set; } = "";

    public SuggestionStatus Status { get; private set; }

    public DateTime SuggestedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public void Confirm(string decidedBy, DateTime now) => Decide(SuggestionStatus.Confirmed, decidedBy, now);

    public void Dismiss(string decidedBy, DateTime now) => Decide(SuggestionStatus.Dismissed, decidedBy, now);

    private void Decide(SuggestionStatus status, string decidedBy, DateTime now)
    {
        if (Status != SuggestionStatus.Pending)
        {
            throw new InvalidStateTransitionException("suggestion", Status.ToString().ToLowerInvariant(),
                status == SuggestionStatus.Confirmed ? "confirmed" : "dismissed");
        }

        Status = status;
        DecidedBy = decidedBy;
        DecidedAt = now;
    }
}
