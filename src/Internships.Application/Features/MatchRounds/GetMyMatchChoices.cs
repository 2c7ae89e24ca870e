namespace Internships.Application.Features.MatchRounds;

/// <summary>A student's ranked postings in a round, first choice first.</summary>
[Authorize(Roles.Student)]
public sealed record GetMyMatchChoicesQuery(int RoundId) : IQuery<MatchChoicesDto>;

public sealed class GetMyMatchChoicesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<GetMyMatchChoicesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetMyMatchChoicesQuery request, CancellationToken cancellationToken) =>
        access.ToRankAsStudentAsync(request.RoundId, cancellationToken);
}

public sealed class GetMyMatchChoicesHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetMyMatchChoicesQuery, MatchChoicesDto>
{
    public async ValueTask<MatchChoicesDto> Handle(GetMyMatchChoicesQuery query, CancellationToken cancellationToken) =>
        await db.ReadChoicesAsync(query.RoundId, user.StudentId!.Value, cancellationToken);
}
