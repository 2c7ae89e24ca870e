using System.Text.Json.Serialization;
using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
            .WithMessage("Name the student or the organisation to award.");
        RuleFor(x => x.EmployerId).Null().When(x => x.StudentId is not null || !string.IsNullOrWhiteSpace(x.StudentSisId))
            .WithMessage("Award a student or an organisation, not both.");
        RuleFor(x => x.StudentSisId).Empty().When(x => x.StudentId is not null).WithMessage("Name the student by id or by SIS id, not both.");
        RuleFor(x => x.StudentSisId).MaximumLength(32);
        RuleFor(x => x.Narrative).MaximumLength(2000);
        RuleFor(x => x.EvidenceUrl).MaximumLength(500).Must(BadgeEvidenceRules.BeHttpUrl!).When(x => x.EvidenceUrl is not null)
            .WithMessage("'Evidence Url' must be an http or https address.");
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

        var recipient = await ManualAwards.RecipientAsync(db, studentId, command.EmployerId, cancellationToken);
        var award = await ManualAwards.AwardAsync(db, badge, recipient, BadgeEvidenceRules.Manual(command.Narrative, command.EvidenceUrl), clock.UtcNow,
            cancellationToken);
        return AwardDto.From(award, badge, openBadges, clock.UtcNow);
    }
}

internal static class ManualAwards
{
    public static async Task<AwardRecipient> RecipientAsync(IAppDbContext db, int? studentId, int? employerId, CancellationToken cancellationToken)
    {
        if (studentId is { } sid)
        {
            var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid, cancellationToken)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("StudentId", $"Student {sid} does not exist.")]);
            return AwardRecipient.Student(student.Id, student.FullName, student.Email);
        }

        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken)
            ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("EmployerId", $"Employer {employerId} does not exist.")]);
        return AwardRecipient.Organisation(employer.Id, employer.Name, employer.ContactEmail);
    }

    /// <summary>Adds the award after checking the badge is current, the recipient holds its prerequisites and not the badge itself.</summary>
    public static async Task<BadgeAward> AwardAsync(IAppDbContext db, BadgeClass badge, AwardRecipient recipient, IEnumerable<BadgeEvidence> evidence,
        DateTime now, CancellationToken cancellationToken)
    {
        if (!badge.IsActive)
        {
            throw new DomainRuleException($"'{badge.Name}' is retired and no longer awarded.");
        }

        var held = await db.HeldBadgeIdsAsync(recipient.Key, now, cancellationToken);
        if (held.Contains(badge.Id))
        {
            throw new ConflictException($"{recipient.Name} already holds '{badge.Name}'.");
        }

        var missing = badge.PrerequisiteIds.Where(p => !held.Contains(p)).ToList();
        if (missing.Count > 0)
        {
            var names = await db.BadgeClasses.Where(b => missing.Contains(b.Id)).Select(b => b.Name).ToListAsync(cancellationToken);
            throw new DomainRuleException($"'{badge.Name}' requires {string.Join(", ", names.Select(n => $"'{n}'"))} first.");
        }

        if (await db.BadgeAwards.AnyAsync(a => a.BadgeClassId == badge.Id && a.RecipientKey == recipient.Key && a.AwardKey == BadgeAward.ManualAwardKey,
                cancellationToken))
        {
            throw new ConflictException($"{recipient.Name} was awarded '{badge.Name}' by hand before, and it was revoked or has expired.");
        }

        var award = BadgeAward.Manual(badge, recipient, evidence, now);
        db.BadgeAwards.Add(award);
        return award;
    }
}

internal static class BadgeEvidenceRules
{
    public static bool BeHttpUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static IEnumerable<BadgeEvidence> Manual(string? narrative, string? url)
    {
        if (!string.IsNullOrWhiteSpace(narrative) || !string.IsNullOrWhiteSpace(url))
        {
            yield return new BadgeEvidence(url is null ? EvidenceKind.Narrative : EvidenceKind.Artefact, "Evidence",
                string.IsNullOrWhiteSpace(narrative) ? null : narrative.Trim(), string.IsNullOrWhiteSpace(url) ? null : url.Trim());
        }
    }
}
