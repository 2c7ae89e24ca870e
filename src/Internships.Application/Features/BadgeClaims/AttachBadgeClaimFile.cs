using Internships.Application.Common.Files;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>The student attaches a PDF to an open claim (over the API; a page's form sends it with the claim), replacing the one it had.</summary>
[Authorize(Roles.Student)]
public sealed record AttachBadgeClaimFileCommand(int ClaimId, UploadedFile? File) : ICommand<BadgeClaimDto>;

public sealed class AttachBadgeClaimFileValidator : AbstractValidator<AttachBadgeClaimFileCommand>
{
    public AttachBadgeClaimFileValidator() =>
        RuleFor(x => x.File).NotNull().WithMessageKey("BadgeClaims.FileRequired").SignedPdf("Uploads.EvidenceFile");
}

public sealed class AttachBadgeClaimFileAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<AttachBadgeClaimFileCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(AttachBadgeClaimFileCommand request, CancellationToken cancellationToken) =>
        BadgeClaimRules.AccessAsync(db, user, request.ClaimId, BadgeClaimRules.Need.Own, cancellationToken);
}

public sealed class AttachBadgeClaimFileHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<AttachBadgeClaimFileCommand, BadgeClaimDto>
{
    public async ValueTask<BadgeClaimDto> Handle(AttachBadgeClaimFileCommand command, CancellationToken cancellationToken)
    {
        var claim = await db.LoadClaimAsync(command.ClaimId, cancellationToken);
        await db.AttachAsync(claim, command.File!, user, clock.UtcNow, cancellationToken);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadClaimAsync(claim.Id, cancellationToken);
    }
}
