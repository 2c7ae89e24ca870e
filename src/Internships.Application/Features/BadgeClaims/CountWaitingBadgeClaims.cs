using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>How many claims wait for a reviewer, district-wide: the coordinators' dashboard shows it (a count shows no student).</summary>
[Authorize(Roles.Coordinator)]
public sealed record CountWaitingBadgeClaimsQuery : IQuery<int>;

public sealed class CountWaitingBadgeClaimsHandler(IAppDbContext db) : IQueryHandler<CountWaitingBadgeClaimsQuery, int>
{
    public async ValueTask<int> Handle(CountWaitingBadgeClaimsQuery query, CancellationToken cancellationToken) =>
        await db.BadgeClaims.CountAsync(c => c.Status == BadgeClaimStatus.Submitted, cancellationToken);
}
