namespace Internships.Application.Features.BadgeClaims;

/// <summary>One claim: for its student, coordinators, and the admins of the badge's endorsing employer.</summary>
[Authorize(Roles.Student, Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record GetBadgeClaimQuery(int ClaimId) : IQuery<BadgeClaimDto>, IReadsStudentRecords<BadgeClaimDto>
{
    public IEnumerable<int> StudentsIn(BadgeClaimDto response) => [response.StudentId];
}

public sealed class GetBadgeClaimAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<GetBadgeClaimQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetBadgeClaimQuery request, CancellationToken cancellationToken) =>
        BadgeClaimRules.AccessAsync(db, user, request.ClaimId, BadgeClaimRules.Need.View, cancellationToken);
}

public sealed class GetBadgeClaimHandler(IAppDbContext db) : IQueryHandler<GetBadgeClaimQuery, BadgeClaimDto>
{
    public async ValueTask<BadgeClaimDto> Handle(GetBadgeClaimQuery query, CancellationToken cancellationToken) =>
        await db.ReadClaimAsync(query.ClaimId, cancellationToken);
}
