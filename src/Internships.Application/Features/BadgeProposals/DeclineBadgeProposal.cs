using System.Text.Json.Serialization;
using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeProposals;

/// <summary>A coordinator declines a proposal, with the reason the employer sees.</summary>
[Authorize(Roles.Coordinator)]
public sealed record DeclineBadgeProposalCommand(string Reason) : ICommand<BadgeProposalDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int ProposalId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<BadgeProposal>(ProposalId);
}

public sealed class DeclineBadgeProposalValidator : AbstractValidator<DeclineBadgeProposalCommand>
{
    public DeclineBadgeProposalValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessageKey("BadgeProposals.ReasonRequired")
            .MaximumLength(BadgeProposal.MaxReasonLength).WithMessageKey("BadgeProposals.ReasonTooLong");
}

public sealed class DeclineBadgeProposalAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<DeclineBadgeProposalCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(DeclineBadgeProposalCommand request, CancellationToken cancellationToken) =>
        BadgeProposalRules.AccessAsync(db, user, request.ProposalId, BadgeProposalRules.Need.Review, cancellationToken);
}

public sealed class DeclineBadgeProposalHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<DeclineBadgeProposalCommand, BadgeProposalDto>
{
    public async ValueTask<BadgeProposalDto> Handle(DeclineBadgeProposalCommand command, CancellationToken cancellationToken)
    {
        (await db.LoadProposalAsync(command.ProposalId, cancellationToken)).Decline(command.Reason, user.AccountName(), clock.UtcNow);
        return await db.SaveAndReadAsync(command.ProposalId, cancellationToken);
    }
}
