using System.Text.Json.Serialization;
using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeProposals;

/// <summary>The proposing employer's admin or a coordinator changes a proposal while it waits for approval.</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ReviseBadgeProposalCommand(string Name, string Description, string Criteria, IReadOnlyList<string>? Tasks, string Skill)
    : ICommand<BadgeProposalDto>, IBadgeProposalFields, IHasExpectedVersion
{
    [JsonIgnore]
    public int ProposalId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<BadgeProposal>(ProposalId);
}

public sealed class ReviseBadgeProposalValidator : AbstractValidator<ReviseBadgeProposalCommand>
{
    public ReviseBadgeProposalValidator() => Include(new BadgeProposalFieldsValidator());
}

public sealed class ReviseBadgeProposalAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<ReviseBadgeProposalCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ReviseBadgeProposalCommand request, CancellationToken cancellationToken) =>
        BadgeProposalRules.AccessAsync(db, user, request.ProposalId, BadgeProposalRules.Need.Edit, cancellationToken);
}

public sealed class ReviseBadgeProposalHandler(IAppDbContext db) : ICommandHandler<ReviseBadgeProposalCommand, BadgeProposalDto>
{
    public async ValueTask<BadgeProposalDto> Handle(ReviseBadgeProposalCommand command, CancellationToken cancellationToken)
    {
        (await db.LoadProposalAsync(command.ProposalId, cancellationToken)).Revise(command.ToDetails());
        return await db.SaveAndReadAsync(command.ProposalId, cancellationToken);
    }
}
