using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

public enum AwardStatus
{
    Valid,
    Expired,
    Revoked,
}

/// <summary>An award as its recipient and coordinators see it, with every public address of its Open Badges documents.</summary>
public sealed record AwardDto(
    Guid Id,
    int BadgeClassId,
    string BadgeName,
    BadgeKind Kind,
    string ImageUrl,
    int? StudentId,
    int? EmployerId,
    string RecipientName,
    bool ShowRecipientName,
    int? PlacementId,
    DateTime IssuedAt,
    DateTime? ExpiresAt,
    DateTime? RevokedAt,
    string? RevocationReason,
    AwardStatus Status,
    IReadOnlyList<BadgeEvidence> Evidence,
    AwardPublication Publication,
    AwardLinks Links,
    long Version) : IVersionedDto
{
    public static AwardDto From(BadgeAward award, BadgeClass badge, IOpenBadges openBadges, IClock clock) => new(
        award.PublicId, badge.Id, badge.Name, badge.Kind, openBadges.BadgeImageUrl(badge), award.RecipientStudentId, award.RecipientEmployerId,
        award.RecipientName, award.ShowRecipientName, award.PlacementId, award.IssuedAt, award.ExpiresAt, award.RevokedAt, award.RevocationReason,
        StatusOf(award, clock.UtcNow), award.Evidence, AwardPublication.Of(award, clock.Today), openBadges.LinksFor(award), award.Version);

    public static AwardStatus StatusOf(BadgeAward award, DateTime now) =>
        award.IsRevoked ? AwardStatus.Revoked : award.IsExpiredAt(now) ? AwardStatus.Expired : AwardStatus.Valid;
}

/// <summary>
/// What the public sees of an award's evidence: <see cref="DetailsShown"/> false means only its kinds (a minor who has not
/// chosen to show more). A minor's choice carries the guardian's consent the student recorded.
/// </summary>
public sealed record AwardPublication(bool RecipientIsMinor, bool DetailsShown, string? GuardianConsentName, DateTime? GuardianConsentRecordedAt)
{
    public static AwardPublication Of(BadgeAward award, DateOnly today) =>
        new(award.IsRecipientMinorOn(today), !award.DetailsWithheldOn(today), award.GuardianConsentName, award.GuardianConsentRecordedAt);
}
