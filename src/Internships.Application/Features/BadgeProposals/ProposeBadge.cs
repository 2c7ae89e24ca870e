using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeProposals;

/// <summary>
/// An employer's admin proposes a badge for the skills their organisation hires for. It waits for a coordinator; until
/// approved it is not in the catalogue, so nobody can be awarded it or claim it.
/// </summary>
[Authorize(Roles.EmployerAdmin)]
public sealed record ProposeBadgeCommand(string Name, string Description, string Criteria, IReadOnlyList<string>? Tasks, string Skill)
    : ICommand<BadgeProposalDto>, IBadgeProposalFields;

public sealed class ProposeBadgeValidator : AbstractValidator<ProposeBadgeCommand>
{
    public ProposeBadgeValidator() => Include(new BadgeProposalFieldsValidator());
}

public sealed class ProposeBadgeHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ProposeBadgeCommand, BadgeProposalDto>
{
    public async ValueTask<BadgeProposalDto> Handle(ProposeBadgeCommand command, CancellationToken cancellationToken)
    {
        var employerId = user.EmployerId ?? throw new ForbiddenAccessException("Only an employer's admin can propose a badge.");
        var proposal = BadgeProposal.Propose(employerId, command.ToDetails(), user.AccountName(), clock.UtcNow);
        db.BadgeProposals.Add(proposal);
        // Saved here to read back the new proposal's id; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadProposalAsync(proposal.Id, cancellationToken);
    }
}
