namespace Internships.Domain.Guidance;

/// <summary>A type's score: the sum of the answers to its five statements (5 to 15).</summary>
public sealed record TypeScore(HollandType Type, int Score);

/// <summary>
/// A completed questionnaire's scores, one per type, and the types ranked from strongest: higher score first, equal
/// scores in RIASEC order, so the same answers always give the same ranking.
/// </summary>
public sealed class InterestScores
{
    /// <summary>How many of the strongest types make a student's interest code ("SIC").</summary>
    public const int TopCount = 3;

    private InterestScores(IReadOnlyList<TypeScore> ranked) => Ranked = ranked;

    /// <summary>Every type, strongest first.</summary>
    public IReadOnlyList<TypeScore> Ranked { get; }

    /// <summary>
    /// The student's interests, the reasons a suggestion gives: of the <see cref="TopCount"/> strongest types, those
    /// scoring above the middle of the range (more "I'd love it" than "not for me"). A student keen on nothing has none.
    /// </summary>
    public IReadOnlyList<HollandType> Strong => Ranked.Take(TopCount).Where(IsAboveMiddle).Select(s => s.Type).ToList();

    /// <summary>The <see cref="TopCount"/> strongest types' initials, strongest first ("SIC").</summary>
    public string Code => string.Concat(Ranked.Take(TopCount).Select(s => s.Type.ToString()[0]));

    public int this[HollandType type] => Ranked.First(s => s.Type == type).Score;

    private static bool IsAboveMiddle(TypeScore score)
    {
        var (min, max) = InterestQuestionnaire.ScoreRange(score.Type);
        return 2 * score.Score > min + max;
    }

    /// <summary>The scores of a complete set of answers, in questionnaire order; refuses a missing or out-of-scale answer.</summary>
    public static InterestScores Of(IReadOnlyList<int> answers)
    {
        if (answers.Count != InterestQuestionnaire.Count)
        {
            throw new DomainRuleException(RuleKeys.Guidance.AnswerAll, $"Answer all {InterestQuestionnaire.Count} statements.", InterestQuestionnaire.Count);
        }

        if (answers.Any(a => !InterestQuestionnaire.IsAnswer(a)))
        {
            throw new DomainRuleException(RuleKeys.Guidance.AnswerRange, "Each answer is 1 (not for me), 2 (maybe) or 3 (I'd love it).");
        }

        var ranked = InterestQuestionnaire.Items
            .GroupBy(i => i.Type)
            .Select(g => new TypeScore(g.Key, g.Sum(i => answers[i.Number - 1])))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Type)
            .ToList();
        return new InterestScores(ranked);
    }
}
