using System.Text.Json.Serialization;

namespace Internships.Application.Features.Badges;

/// <summary>
/// A coordinator awards a badge by hand: to a student (a training, a capacity project) or to an organisation
/// (an employer partner). The recipient must hold its prerequisites and must not hold it already.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record AwardBadgeCommand(int? StudentId, int? EmployerId, string? Narrative, string? EvidenceUrl) : ICommand<AwardDto>
{
    [JsonIgnore]
    public int BadgeClassId { get; init; }

    /// <summary>The student by their SIS id, as coordinators know them, instead of <see cref="StudentId"/>.</summary>
    public string? StudentSisId { get; init; }
}

public sealed class AwardBadgeValidator : AbstractValidator<AwardBadgeCommand>
{
    public AwardBadgeValidator()
    {
        RuleFor(x => x.StudentId).NotNull().When(x => x.EmployerId is null && string.IsNullOrWhiteSpace(x.StudentSisId))
            .WithMessageKey("Badges.RecipientMissing");
        RuleFor(x => x.EmployerId).Null().When(x => x.StudentId is not null || !string.IsNullOrWhiteSpace(x.StudentSisId))
            .WithMessageKey("Badges.RecipientBoth");
        RuleFor(x => x.StudentSisId).Empty().When(x => x.StudentId is not null).WithMessageKey("Badges.StudentIdBoth");
        RuleFor(x => x.StudentSisId).MaximumLength(32).WithMessageKey("Badges.SisIdTooLong");
        RuleFor(x => x.Narrative).MaximumLength(2000).WithMessageKey("Badges.NarrativeTooLong");
        RuleFor(x => x.EvidenceUrl).MaximumLength(500).WithMessageKey("Badges.EvidenceUrlTooLong")
            .Must(BadgeRules.IsHttpUrl!).When(x => x.EvidenceUrl is not null)
            .WithMessageKey("Badges.EvidenceUrlFormat");
    }
}

public sealed class AwardBadgeHandler(IAppDbContext db, IOpenBadges openBadges, IClock clock) : ICommandHandler<AwardBadgeCommand, AwardDto>
{
    public async ValueTask<AwardDto> Handle(AwardBadgeCommand command, CancellationToken cancellationToken)
    {
        var badge = await db.BadgeClasses.FirstOrDefaultAsync(b => b.Id == command.BadgeClassId, cancellationToken)
            ?? throw NotFoundException.For("Badge", command.BadgeClassId);
        var studentId = command.StudentId;
        if (!string.IsNullOrWhiteSpace(command.StudentSisId))
        {
            var sisId = command.StudentSisId.Trim();
            studentId = await db.Students.Where(s => s.SisId == sisId).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.StudentSisId),
                    $"No student has the SIS id '{sisId}'.")]);
        }

        var recipient = await BadgeRules.RecipientAsync(db, studentId, command.EmployerId, cancellationToken);
        var award = await BadgeRules.AwardByHandAsync(db, badge, recipient, BadgeRules.ManualEvidence(command.Narrative, command.EvidenceUrl), clock.UtcNow,
            cancellationToken);
        return AwardDto.From(award, badge, openBadges, clock);
    }
}
