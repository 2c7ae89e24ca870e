namespace Internships.Application.Features.MatchRounds;

/// <summary>One round with its counts: for coordinators, the students taking part and the employers whose postings are in it.</summary>
[Authorize(Roles.Coordinator, Roles.Student, Roles.EmployerAdmin)]
public sealed record GetMatchRoundQuery(int RoundId) : IQuery<MatchRoundDto>;

public sealed class GetMatchRoundAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<GetMatchRoundQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetMatchRoundQuery request, CancellationToken cancellationToken) =>
        access.ToViewRoundAsync(request.RoundId, cancellationToken);
}

public sealed class GetMatchRoundHandler(IAppDbContext db) : IQueryHandler<GetMatchRoundQuery, MatchRoundDto>
{
    public async ValueTask<MatchRoundDto> Handle(GetMatchRoundQuery query, CancellationToken cancellationToken) =>
        await db.ReadRoundAsync(query.RoundId, cancellationToken);
}
