namespace Internships.Application.Features.Evaluations;

/// <summary>A placement's evaluations, midpoint first: the intern sees how they are doing, as do their employer and coordinators.</summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record ListPlacementEvaluationsQuery(int PlacementId) : IQuery<IReadOnlyList<EvaluationDto>>;

public sealed class ListPlacementEvaluationsAuthorizer(RecordAccess access) : IResourceAuthorizer<ListPlacementEvaluationsQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListPlacementEvaluationsQuery request, CancellationToken cancellationToken) =>
        access.ToViewPlacementAsync(request.PlacementId, cancellationToken);
}

public sealed class ListPlacementEvaluationsHandler(IAppDbContext db) : IQueryHandler<ListPlacementEvaluationsQuery, IReadOnlyList<EvaluationDto>>
{
    public async ValueTask<IReadOnlyList<EvaluationDto>> Handle(ListPlacementEvaluationsQuery query, CancellationToken cancellationToken) =>
        // Kinds are stored by name; put them in the order they happen (midpoint, then final) here.
        (await db.Evaluations.AsNoTracking().Where(e => e.PlacementId == query.PlacementId).ToListAsync(cancellationToken))
        .OrderBy(e => e.Kind).Select(EvaluationDto.From).ToList();
}
