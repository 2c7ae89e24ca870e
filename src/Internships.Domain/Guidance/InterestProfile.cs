namespace Internships.Domain.Guidance;

/// <summary>
/// A student's latest answers to the interest questionnaire (one per student: taking it again replaces the answers
/// and counts the retake). The scores and suggestions are worked out from the answers when read, so a pathway added
/// or changed later is suggested by the same rule.
/// </summary>
public sealed class InterestProfile : Entity
{
    private InterestProfile() { }

    public InterestProfile(int studentId, IReadOnlyList<int> answers, DateTime takenAt)
    {
        StudentId = studentId;
        Retake(answers, takenAt);
    }

    public int StudentId { get; private set; }

    /// <summary>The answers in questionnaire order, one digit each ("3121…").</summary>
    public string Answers { get; private set; } = "";

    public DateTime TakenAt { get; private set; }

    public int TimesTaken { get; private set; }

    public IReadOnlyList<int> AnswerList => AnswersFrom(Answers);

    /// <summary>Stored answers ("3121…") as numbers, for reads that fetch only the column.</summary>
    public static IReadOnlyList<int> AnswersFrom(string digits) => digits.Select(c => c - '0').ToList();

    public InterestScores Scores => InterestScores.Of(AnswerList);

    /// <summary>Replaces the answers with a complete new set (refused, changing nothing, when one is missing or off the scale).</summary>
    public void Retake(IReadOnlyList<int> answers, DateTime takenAt)
    {
        InterestScores.Of(answers);
        Answers = string.Concat(answers);
        TakenAt = takenAt;
        TimesTaken++;
    }
}
