using Internships.Domain.Badges;
using Internships.Domain.Common;

namespace Internships.Application.Features.BadgeProposals;

/// <summary>
/// A coordinator approves a proposal as it stands (edit it first to change it): the badge joins the catalogue as a
/// competency badge for students, with the proposing employer recorded as its co-designer (endorsing employer), so the
/// Open Badges 3.0 credentials of its awards carry the employer's endorsement. Two approvals at once add one badge.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ApproveBadgeProposalCommand(int ProposalId) : ICommand<BadgeProposalDto>, IHasExpectedVersion
{
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<BadgeProposal>(ProposalId);
}

public sealed class ApproveBadgeProposalAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<ApproveBadgeProposalCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ApproveBadgeProposalCommand request, CancellationToken cancellationToken) =>
        BadgeProposalRules.AccessAsync(db, user, request.ProposalId, BadgeProposalRules.Need.Review, cancellationToken);
}

public sealed class ApproveBadgeProposalHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ApproveBadgeProposalCommand, BadgeProposalDto>
{
    public async ValueTask<BadgeProposalDto> Handle(ApproveBadgeProposalCommand command, CancellationToken cancellationToken)
    {
        var proposal = await db.LoadProposalAsync(command.ProposalId, cancellationToken);
        var badge = proposal.Approve(user.AccountName(), clock.UtcNow);
        if (await db.BadgeClasses.AnyAsync(b => b.Name == badge.Name, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Badges.ProposalNameTaken, $"The catalogue already has a badge named {badge.Name}: rename the proposal first.", badge.Name);
        }

        db.BadgeClasses.Add(badge);
        // Saved here to read back the new badge's id for the proposal; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        proposal.RecordBadge(badge);
        return await db.SaveAndReadAsync(proposal.Id, cancellationToken);
    }
}
