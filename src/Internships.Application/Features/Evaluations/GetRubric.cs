namespace Internships.Application.Features.Evaluations;

/// <summary>The career-readiness rubric supervisors rate interns against, in order.</summary>
public sealed record GetRubricQuery(bool IncludeRetired = false) : IQuery<IReadOnlyList<RubricCompetencyDto>>;

public sealed class GetRubricHandler(IAppDbContext db) : IQueryHandler<GetRubricQuery, IReadOnlyList<RubricCompetencyDto>>
{
    public async ValueTask<IReadOnlyList<RubricCompetencyDto>> Handle(GetRubricQuery query, CancellationToken cancellationToken) =>
        await db.RubricCompetencies.AsNoTracking().Where(c => query.IncludeRetired || c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(RubricCompetencyDto.Projection).ToListAsync(cancellationToken);
}
