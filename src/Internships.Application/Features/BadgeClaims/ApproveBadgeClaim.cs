using Internships.Application.Features.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>
/// A coordinator or the endorsing employer's admin approves a claim: the badge is awarded, with the claim as its
/// evidence, by the same checks as an award by hand (and its student is told by e-mail, as for every award). Two
/// approvals at once award once: the claim's version lets one through, the other finds it approved.
/// </summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record ApproveBadgeClaimCommand(int ClaimId) : ICommand<BadgeClaimDto>, IHasExpectedVersion
{
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Badges.BadgeClaim>(ClaimId);
}

public sealed class ApproveBadgeClaimAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<ApproveBadgeClaimCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ApproveBadgeClaimCommand request, CancellationToken cancellationToken) =>
        BadgeClaimRules.AccessAsync(db, user, request.ClaimId, BadgeClaimRules.Need.Review, cancellationToken);
}

public sealed class ApproveBadgeClaimHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ApproveBadgeClaimCommand, BadgeClaimDto>
{
    public async ValueTask<BadgeClaimDto> Handle(ApproveBadgeClaimCommand command, CancellationToken cancellationToken)
    {
        var claim = await db.LoadClaimAsync(command.ClaimId, cancellationToken);
        var now = clock.UtcNow;
        claim.Approve(user.AccountName(), now);
        var recipient = await BadgeRules.RecipientAsync(db, claim.StudentId, null, cancellationToken);
        var award = await BadgeRules.AwardClaimAsync(db, claim.BadgeClass!, recipient, claim, now, cancellationToken);
        // Saved here to read back the new award's id for the claim; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        claim.RecordAward(award);
        // Saved here so the read below sees the award recorded on the claim.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadClaimAsync(claim.Id, cancellationToken);
    }
}
