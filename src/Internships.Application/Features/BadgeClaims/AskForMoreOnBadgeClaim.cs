using System.Text.Json.Serialization;
using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>A reviewer sends a claim back to its student, saying what more to send; the student edits and resubmits it.</summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record AskForMoreOnBadgeClaimCommand(string Note) : ICommand<BadgeClaimDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int ClaimId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<BadgeClaim>(ClaimId);
}

public sealed class AskForMoreOnBadgeClaimValidator : AbstractValidator<AskForMoreOnBadgeClaimCommand>
{
    public AskForMoreOnBadgeClaimValidator() =>
        RuleFor(x => x.Note).NotEmpty().WithMessageKey("BadgeClaims.NoteRequired")
            .MaximumLength(BadgeClaim.MaxNoteLength).WithMessageKey("BadgeClaims.NoteTooLong");
}

public sealed class AskForMoreOnBadgeClaimAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<AskForMoreOnBadgeClaimCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(AskForMoreOnBadgeClaimCommand request, CancellationToken cancellationToken) =>
        BadgeClaimRules.AccessAsync(db, user, request.ClaimId, BadgeClaimRules.Need.Review, cancellationToken);
}

public sealed class AskForMoreOnBadgeClaimHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<AskForMoreOnBadgeClaimCommand, BadgeClaimDto>
{
    public async ValueTask<BadgeClaimDto> Handle(AskForMoreOnBadgeClaimCommand command, CancellationToken cancellationToken) =>
        await db.ReviewClaimAsync(command.ClaimId, c => c.AskForMore(command.Note, user.AccountName(), clock.UtcNow), cancellationToken);
}
