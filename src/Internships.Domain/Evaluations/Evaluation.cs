using Internships.Domain.Placements;

namespace Internships.Domain.Evaluations;

public enum EvaluationKind
{
    Midpoint,
    Final,
}

/// <summary>One competency's score on an evaluation, with the supervisor's comment. The name is kept as it was then.</summary>
public sealed record CompetencyRating(string CompetencyKey, string CompetencyName, int Score, string? Comment);

/// <summary>A supervisor's midpoint or final evaluation of their intern: the rubric's scores and a testimonial.</summary>
public sealed class Evaluation : Entity
{
    private Evaluation() { }

    private Evaluation(Placement placement, EvaluationKind kind, int supervisorId, List<CompetencyRating> ratings, string testimonial,
        string? recordedOnBehalfBy, DateTime now)
    {
        PlacementId = placement.Id;
        Kind = kind;
        SupervisorId = supervisorId;
        RecordedOnBehalfBy = recordedOnBehalfBy;
        Ratings = ratings;
        Testimonial = testimonial.Trim();
        SubmittedAt = now;
    }

    public int PlacementId { get; private set; }

    public EvaluationKind Kind { get; private set; }

    public int SupervisorId { get; private set; }

    public List<CompetencyRating> Ratings { get; private set; } = [];

    /// <summary>The supervisor's words about the intern; the final one travels with the badge as evidence.</summary>
    public string Testimonial { get; private set; } = "";

    public DateTime SubmittedAt { get; private set; }

    /// <summary>
    /// Who recorded it for the supervisor when they could not (a coordinator's account name); null when the supervisor
    /// submitted it themself.
    /// </summary>
    public string? RecordedOnBehalfBy { get; private set; }

    public double AverageScore => Ratings.Count == 0 ? 0 : Ratings.Average(r => r.Score);

    public int? ScoreFor(string competencyKey) => Ratings.FirstOrDefault(r => r.CompetencyKey == competencyKey)?.Score;

    /// <summary>
    /// The placement's own supervisor rates every competency of the current rubric, once per kind of evaluation.
    /// </summary>
    public static Evaluation Submit(Placement placement, EvaluationKind kind, int supervisorId,
        IReadOnlyCollection<RubricCompetency> rubric, IReadOnlyDictionary<string, (int Score, string? Comment)> scores,
        string testimonial, DateTime now)
    {
        placement.EnsureActive("evaluated");
        if (placement.SupervisorId != supervisorId)
        {
            throw new DomainRuleException(RuleKeys.Evaluations.NotTheSupervisor, "Only the intern's own supervisor can evaluate them.");
        }

        return new Evaluation(placement, kind, supervisorId, Rate(rubric, scores), testimonial, null, now);
    }

    /// <summary>
    /// A coordinator records the evaluation for the intern's supervisor, who could not (absent, left the employer): it is
    /// the supervisor's evaluation, marked as recorded on their behalf by <paramref name="recordedBy"/>.
    /// </summary>
    public static Evaluation SubmitOnBehalf(Placement placement, EvaluationKind kind, IReadOnlyCollection<RubricCompetency> rubric,
        IReadOnlyDictionary<string, (int Score, string? Comment)> scores, string testimonial, string recordedBy, DateTime now)
    {
        placement.EnsureActive("evaluated");
        var supervisorId = placement.SupervisorId ?? throw new DomainRuleException(RuleKeys.Evaluations.NoSupervisor,
            "The placement has no supervisor to evaluate on behalf of.");
        return new Evaluation(placement, kind, supervisorId, Rate(rubric, scores), testimonial, recordedBy.Trim(), now);
    }

    /// <summary>Every competency of the current rubric, scored 1–4, none missing and none unknown.</summary>
    private static List<CompetencyRating> Rate(IReadOnlyCollection<RubricCompetency> rubric, IReadOnlyDictionary<string, (int Score, string? Comment)> scores)
    {
        var active = rubric.Where(c => c.IsActive).OrderBy(c => c.SortOrder).ToList();
        var missing = active.Where(c => !scores.ContainsKey(c.Key)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException(RuleKeys.Evaluations.RateEveryCompetency,
                "Rate every competency of the rubric; missing: " + string.Join(", ", missing) + ".", string.Join(", ", missing));
        }

        var unknown = scores.Keys.Where(k => active.All(c => c.Key != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException(RuleKeys.Evaluations.UnknownCompetencies,
                "Not competencies of the rubric: " + string.Join(", ", unknown) + ".", string.Join(", ", unknown));
        }

        if (scores.Values.Any(s => s.Score is < RubricCompetency.LowestScore or > RubricCompetency.HighestScore))
        {
            throw new DomainRuleException(RuleKeys.Evaluations.ScoreRange,
                $"Scores run from {RubricCompetency.LowestScore} to {RubricCompetency.HighestScore}.", RubricCompetency.LowestScore, RubricCompetency.HighestScore);
        }

        return active
            .Select(c => new CompetencyRating(c.Key, c.Name, scores[c.Key].Score, string.IsNullOrWhiteSpace(scores[c.Key].Comment) ? null : scores[c.Key].Comment!.Trim()))
            .ToList();
    }
}
