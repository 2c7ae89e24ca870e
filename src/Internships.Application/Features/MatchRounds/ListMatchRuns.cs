namespace Internships.Application.Features.MatchRounds;

/// <summary>A round's runs, newest first: for coordinators.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListMatchRunsQuery(int RoundId) : IQuery<IReadOnlyList<MatchRunDto>>;

public sealed class ListMatchRunsAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ListMatchRunsQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListMatchRunsQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ListMatchRunsHandler(IAppDbContext db) : IQueryHandler<ListMatchRunsQuery, IReadOnlyList<MatchRunDto>>
{
    public async ValueTask<IReadOnlyList<MatchRunDto>> Handle(ListMatchRunsQuery query, CancellationToken cancellationToken)
    {
        var published = await db.MatchRounds.Where(r => r.Id == query.RoundId).Select(r => r.PublishedRunNumber).FirstAsync(cancellationToken);
        var runs = await db.MatchRuns.AsNoTracking().Where(r => r.RoundId == query.RoundId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        return runs.Select(r => MatchRunDto.From(r, published)).ToList();
    }
}
