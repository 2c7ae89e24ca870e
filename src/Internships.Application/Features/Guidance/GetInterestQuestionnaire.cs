using Internships.Domain.Guidance;

namespace Internships.Application.Features.Guidance;

/// <summary>The interest questionnaire's statements and answer scale, for a student about to take it (or an app showing it).</summary>
[Authorize(Roles.Student, Roles.Coordinator)]
public sealed record GetInterestQuestionnaireQuery : IQuery<InterestQuestionnaireDto>;

public sealed class GetInterestQuestionnaireHandler : IQueryHandler<GetInterestQuestionnaireQuery, InterestQuestionnaireDto>
{
    private static readonly InterestQuestionnaireDto Questionnaire = new(
        InterestQuestionnaire.Items.Select(i => new InterestItemDto(i.Number, i.Text)).ToList(),
        InterestQuestionnaire.Scale.Select(s => new InterestScaleDto(s.Value, s.Label)).ToList());

    public ValueTask<InterestQuestionnaireDto> Handle(GetInterestQuestionnaireQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Questionnaire);
}
