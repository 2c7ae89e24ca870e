using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Evaluations;

public sealed record EvaluationDto(int Id, int PlacementId, EvaluationKind Kind, IReadOnlyList<CompetencyRating> Ratings, double AverageScore,
    string Testimonial, DateTime SubmittedAt, string? RecordedOnBehalfBy)
{
    public static EvaluationDto From(Evaluation e) =>
        new(e.Id, e.PlacementId, e.Kind, e.Ratings, Math.Round(e.AverageScore, 2), e.Testimonial, e.SubmittedAt, e.RecordedOnBehalfBy);
}
