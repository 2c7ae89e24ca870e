namespace Internships.Application.Features.BadgeProposals;

/// <summary>One proposal: for the coordinators and the proposing employer's admins (anyone else may not know it exists).</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record GetBadgeProposalQuery(int ProposalId) : IQuery<BadgeProposalDto>;

public sealed class GetBadgeProposalAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<GetBadgeProposalQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetBadgeProposalQuery request, CancellationToken cancellationToken) =>
        BadgeProposalRules.AccessAsync(db, user, request.ProposalId, BadgeProposalRules.Need.Edit, cancellationToken);
}

public sealed class GetBadgeProposalHandler(IAppDbContext db) : IQueryHandler<GetBadgeProposalQuery, BadgeProposalDto>
{
    public async ValueTask<BadgeProposalDto> Handle(GetBadgeProposalQuery query, CancellationToken cancellationToken) =>
        await db.ReadProposalAsync(query.ProposalId, cancellationToken);
}
