using System.Text.Json.Serialization;
using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>A reviewer declines a claim, with the reason its student sees. The student may claim the badge again.</summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record DeclineBadgeClaimCommand(string Reason) : ICommand<BadgeClaimDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int ClaimId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<BadgeClaim>(ClaimId);
}

public sealed class DeclineBadgeClaimValidator : AbstractValidator<DeclineBadgeClaimCommand>
{
    public DeclineBadgeClaimValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessageKey("BadgeClaims.ReasonRequired")
            .MaximumLength(BadgeClaim.MaxNoteLength).WithMessageKey("BadgeClaims.ReasonTooLong");
}

public sealed class DeclineBadgeClaimAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<DeclineBadgeClaimCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(DeclineBadgeClaimCommand request, CancellationToken cancellationToken) =>
        BadgeClaimRules.AccessAsync(db, user, request.ClaimId, BadgeClaimRules.Need.Review, cancellationToken);
}

public sealed class DeclineBadgeClaimHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<DeclineBadgeClaimCommand, BadgeClaimDto>
{
    public async ValueTask<BadgeClaimDto> Handle(DeclineBadgeClaimCommand command, CancellationToken cancellationToken) =>
        await db.ReviewClaimAsync(command.ClaimId, c => c.Decline(command.Reason, user.AccountName(), clock.UtcNow), cancellationToken);
}
