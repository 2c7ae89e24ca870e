using System.Text.Json.Serialization;
using Internships.Application.Common.Files;
using Internships.Application.Features.Badges;
using Internships.Domain.Badges;
using Internships.Domain.Common;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>
/// A student claims a badge whose class allows claims, with evidence: what they did (required), links, a PDF. They may
/// not hold the badge already, must hold its prerequisites, and have one open claim per badge.
/// </summary>
[Authorize(Roles.Student)]
public sealed record SubmitBadgeClaimCommand(int BadgeClassId, string Narrative, IReadOnlyList<string>? Links) : ICommand<BadgeClaimDto>, IBadgeClaimEvidence
{
    /// <summary>The evidence file a page's form uploads; over the API it is sent to the claim's file address afterwards.</summary>
    [JsonIgnore]
    public UploadedFile? EvidenceFile { get; init; }
}

public sealed class SubmitBadgeClaimValidator : AbstractValidator<SubmitBadgeClaimCommand>
{
    public SubmitBadgeClaimValidator()
    {
        RuleFor(x => x.BadgeClassId).GreaterThan(0).WithMessageKey("BadgeClaims.ChooseBadge");
        Include(new BadgeClaimEvidenceValidator());
    }
}

public sealed class SubmitBadgeClaimHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<SubmitBadgeClaimCommand, BadgeClaimDto>
{
    public async ValueTask<BadgeClaimDto> Handle(SubmitBadgeClaimCommand command, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Only a student's account can claim a badge.");
        var badge = await db.BadgeClasses.FirstOrDefaultAsync(b => b.Id == command.BadgeClassId && b.AllowsClaims, cancellationToken)
            ?? throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.BadgeClassId),
                "Choose one of the badges students may claim.")]);
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken)
            ?? throw NotFoundException.For("Student", studentId);
        var now = clock.UtcNow;
        await BadgeRules.EnsureMayAwardAsync(db, badge, AwardRecipient.Student(student), now, awardKey: null, cancellationToken);
        var openFor = BadgeClaim.OpenKey(studentId, badge.Id);
        if (await db.BadgeClaims.AnyAsync(c => c.OpenFor == openFor, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Badges.ClaimOpen, $"You already have a claim to '{badge.Name}' open: change that one instead.", badge.Name);
        }

        var claim = BadgeClaim.Submit(badge, studentId, command.Narrative, command.Links ?? [], now);
        db.BadgeClaims.Add(claim);
        if (command.EvidenceFile is { } file)
        {
            await db.AttachAsync(claim, file, user, now, cancellationToken);
        }

        // Saved here to read back the new claim's id; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadClaimAsync(claim.Id, cancellationToken);
    }
}
