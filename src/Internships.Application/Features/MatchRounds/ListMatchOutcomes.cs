namespace Internships.Application.Features.MatchRounds;

/// <summary>Each participant's outcome in a run, by student name; filter to the matched or unmatched ones.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListMatchOutcomesQuery(int RoundId, int Number, bool? Matched = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<MatchOutcomeDto>>, IPagedRequest;

public sealed class ListMatchOutcomesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ListMatchOutcomesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListMatchOutcomesQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ListMatchOutcomesHandler(IAppDbContext db) : IQueryHandler<ListMatchOutcomesQuery, PagedResult<MatchOutcomeDto>>
{
    public async ValueTask<PagedResult<MatchOutcomeDto>> Handle(ListMatchOutcomesQuery query, CancellationToken cancellationToken)
    {
        var run = await db.FindRunAsync(query.RoundId, query.Number, cancellationToken);
        return await db.OutcomeRows(run.Id, query.Matched).ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
