using System.Text.Json.Serialization;

namespace Internships.Application.Features.Badges;

/// <summary>A coordinator revokes an award, saying why; verifiers see it at once (OB 2.0 document and OB 3.0 status list).</summary>
[Authorize(Roles.Coordinator)]
public sealed record RevokeAwardCommand(string Reason) : ICommand<AwardDto>
{
    [JsonIgnore]
    public Guid AwardId { get; init; }
}

public sealed class RevokeAwardValidator : AbstractValidator<RevokeAwardCommand>
{
    public RevokeAwardValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessageKey("Badges.RevokeReasonRequired").MaximumLength(1000)
            .WithMessageKey("Badges.RevokeReasonTooLong");
}

public sealed class RevokeAwardHandler(IAppDbContext db, IOpenBadges openBadges, IClock clock) : ICommandHandler<RevokeAwardCommand, AwardDto>
{
    public async ValueTask<AwardDto> Handle(RevokeAwardCommand command, CancellationToken cancellationToken)
    {
        var award = await db.BadgeAwards.Include(a => a.BadgeClass).FirstOrDefaultAsync(a => a.PublicId == command.AwardId, cancellationToken)
            ?? throw NotFoundException.For("Award", command.AwardId);
        award.Revoke(command.Reason, clock.UtcNow);
        return AwardDto.From(award, award.BadgeClass!, openBadges, clock);
    }
}
