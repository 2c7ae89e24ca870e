using Internships.Application.Common.Files;
using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>Who may see and act on a claim, the evidence's limits, and reading claims: what the claim use cases share.</summary>
internal static class BadgeClaimRules
{
    /// <summary>What the caller wants to do with a claim.</summary>
    public enum Need
    {
        /// <summary>See it: its student, coordinators, and the admins of the badge's endorsing employer.</summary>
        View,

        /// <summary>Approve, ask for more, decline: coordinators and the endorsing employer's admins (its student gets 403).</summary>
        Review,

        /// <summary>Change the evidence: its student only (reviewers get 403).</summary>
        Own,
    }

    public static async ValueTask<AccessDecision> AccessAsync(IAppDbContext db, ICurrentUser user, int claimId, Need need, CancellationToken cancellationToken)
    {
        var claim = await db.BadgeClaims.Where(c => c.Id == claimId)
            .Select(c => new { c.StudentId, c.BadgeClass!.EndorsingEmployerId })
            .FirstOrDefaultAsync(cancellationToken);
        if (claim is null)
        {
            return AccessDecision.NotFound;
        }

        var isStudent = user.IsInRole(Roles.Student) && user.StudentId == claim.StudentId;
        var isReviewer = IsReviewer(user, claim.EndorsingEmployerId);
        if (!isStudent && !isReviewer)
        {
            return AccessDecision.NotFound;
        }

        return need switch
        {
            Need.View => AccessDecision.Allow,
            Need.Review => isReviewer ? AccessDecision.Allow : AccessDecision.Forbid,
            _ => isStudent ? AccessDecision.Allow : AccessDecision.Forbid,
        };
    }

    /// <summary>A coordinator, or an admin of the employer that endorses the badge.</summary>
    public static bool IsReviewer(ICurrentUser user, int? endorsingEmployerId) =>
        user.IsInRole(Roles.Coordinator)
        || (user.IsInRole(Roles.EmployerAdmin) && user.EmployerId is { } mine && endorsingEmployerId == mine);

    /// <summary>The claims the caller reviews: every claim for a coordinator, those on their endorsed badges for an employer admin.</summary>
    public static IQueryable<BadgeClaim> ReviewableBy(this IQueryable<BadgeClaim> claims, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return claims;
        }

        var employerId = user.IsInRole(Roles.EmployerAdmin) ? user.EmployerId : null;
        return employerId is null ? claims.Where(_ => false) : claims.Where(c => c.BadgeClass!.EndorsingEmployerId == employerId);
    }

    /// <summary>Keeps an uploaded evidence file with the claim, replacing the one it had.</summary>
    public static async Task AttachAsync(this IAppDbContext db, BadgeClaim claim, UploadedFile file, ICurrentUser user, DateTime now,
        CancellationToken cancellationToken)
    {
        var previous = claim.EvidenceFileId;
        var stored = db.StorePdf(file, user, now);
        claim.AttachFile(stored.Id, stored.FileName);
        await db.RemoveStoredFileAsync(previous, cancellationToken);
    }

    /// <summary>A claim to change; the authorizer has already decided the caller may.</summary>
    public static async Task<BadgeClaim> LoadClaimAsync(this IAppDbContext db, int claimId, CancellationToken cancellationToken) =>
        await db.BadgeClaims.Include(c => c.BadgeClass).FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken)
        ?? throw NotFoundException.For("Claim", claimId);

    /// <summary>A review that only changes the claim (asking for more, declining), and the claim as it is then.</summary>
    public static async Task<BadgeClaimDto> ReviewClaimAsync(this IAppDbContext db, int claimId, Action<BadgeClaim> review, CancellationToken cancellationToken)
    {
        review(await db.LoadClaimAsync(claimId, cancellationToken));
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadClaimAsync(claimId, cancellationToken);
    }

    public static async Task<BadgeClaimDto> ReadClaimAsync(this IAppDbContext db, int claimId, CancellationToken cancellationToken) =>
        await db.BadgeClaims.AsNoTracking().Where(c => c.Id == claimId).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Claim", claimId);

    public static IQueryable<BadgeClaimDto> ToDtos(this IQueryable<BadgeClaim> claims, IAppDbContext db) =>
        from c in claims
        join s in db.Students on c.StudentId equals s.Id
        select new BadgeClaimDto(
            c.Id, c.BadgeClassId, c.BadgeClass!.Name,
            db.Employers.Where(e => e.Id == c.BadgeClass.EndorsingEmployerId).Select(e => e.Name).FirstOrDefault(),
            c.StudentId, s.FirstName + " " + s.LastName, c.Status, c.Narrative, c.Links, c.EvidenceFileName, c.CreatedAt, c.SubmittedAt,
            c.ReviewNote, c.ReviewedBy, c.ReviewedAt,
            db.BadgeAwards.Where(a => a.Id == c.AwardId).Select(a => (Guid?)a.PublicId).FirstOrDefault(),
            c.Version);
}

/// <summary>The evidence a student sends with a claim, new or resubmitted.</summary>
public interface IBadgeClaimEvidence
{
    string Narrative { get; }

    IReadOnlyList<string>? Links { get; }

    UploadedFile? EvidenceFile { get; }
}

/// <summary>The limits of a claim's evidence, the same for a new claim and a resubmitted one.</summary>
internal sealed class BadgeClaimEvidenceValidator : AbstractValidator<IBadgeClaimEvidence>
{
    public BadgeClaimEvidenceValidator()
    {
        RuleFor(x => x.Narrative).NotEmpty().WithMessageKey("BadgeClaims.NarrativeRequired")
            .MaximumLength(BadgeClaim.MaxNarrativeLength).WithMessageKey("BadgeClaims.NarrativeTooLong");
        RuleFor(x => x.Links).Must(l => l is null || l.Count <= BadgeClaim.MaxLinks).WithMessageKey("BadgeClaims.TooManyLinks");
        RuleForEach(x => x.Links).NotEmpty().WithMessageKey("BadgeClaims.LinkEmpty")
            .MaximumLength(BadgeClaim.MaxLinkLength).WithMessageKey("BadgeClaims.LinkTooLong")
            .Must(l => l is null || BadgeClaim.IsHttpUrl(l.Trim())).WithMessageKey("BadgeClaims.LinkNotHttp");
        RuleFor(x => x.EvidenceFile).SignedPdf("Uploads.EvidenceFile");
    }
}
