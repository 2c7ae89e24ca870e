namespace Internships.Application.Features.MatchRounds;

/// <summary>The students who chose a posting in a round, for its employer admin and coordinators.</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ListMatchCandidatesQuery(int RoundId, int PostingId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<MatchCandidateDto>>, IPagedRequest;

public sealed class ListMatchCandidatesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ListMatchCandidatesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListMatchCandidatesQuery request, CancellationToken cancellationToken) =>
        access.ToRankForPostingAsync(request.RoundId, request.PostingId, cancellationToken);
}

public sealed class ListMatchCandidatesHandler(IAppDbContext db) : IQueryHandler<ListMatchCandidatesQuery, PagedResult<MatchCandidateDto>>
{
    public async ValueTask<PagedResult<MatchCandidateDto>> Handle(ListMatchCandidatesQuery query, CancellationToken cancellationToken)
    {
        return await (await db.CandidatesAsync(query.RoundId, query.PostingId, cancellationToken))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
