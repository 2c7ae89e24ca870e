using System.Text.Json.Serialization;
using Internships.Application.Common.Files;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>The student changes an open claim's evidence; a claim sent back for more goes to review again.</summary>
[Authorize(Roles.Student)]
public sealed record UpdateBadgeClaimCommand(string Narrative, IReadOnlyList<string>? Links) : ICommand<BadgeClaimDto>, IBadgeClaimEvidence, IHasExpectedVersion
{
    [JsonIgnore]
    public int ClaimId { get; init; }

    /// <summary>A new evidence file from a page's form (it replaces the one attached); none keeps the file as it is.</summary>
    [JsonIgnore]
    public UploadedFile? EvidenceFile { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Badges.BadgeClaim>(ClaimId);
}

public sealed class UpdateBadgeClaimValidator : AbstractValidator<UpdateBadgeClaimCommand>
{
    public UpdateBadgeClaimValidator() => Include(new BadgeClaimEvidenceValidator());
}

public sealed class UpdateBadgeClaimAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<UpdateBadgeClaimCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(UpdateBadgeClaimCommand request, CancellationToken cancellationToken) =>
        BadgeClaimRules.AccessAsync(db, user, request.ClaimId, BadgeClaimRules.Need.Own, cancellationToken);
}

public sealed class UpdateBadgeClaimHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<UpdateBadgeClaimCommand, BadgeClaimDto>
{
    public async ValueTask<BadgeClaimDto> Handle(UpdateBadgeClaimCommand command, CancellationToken cancellationToken)
    {
        var claim = await db.LoadClaimAsync(command.ClaimId, cancellationToken);
        var now = clock.UtcNow;
        claim.Resubmit(command.Narrative, command.Links ?? [], now);
        if (command.EvidenceFile is { } file)
        {
            await db.AttachAsync(claim, file, user, now, cancellationToken);
        }

        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadClaimAsync(claim.Id, cancellationToken);
    }
}
