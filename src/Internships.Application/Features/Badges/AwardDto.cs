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
    AwardLinks Links,
    long Version) : IVersionedDto
{
    public static AwardDto From(BadgeAward award, BadgeClass badge, IOpenBadges openBadges, DateTime now) => new(
        award.PublicId, badge.Id, badge.Name, badge.Kind, openBadges.BadgeImageUrl(badge), award.RecipientStudentId, award.RecipientEmployerId,
        award.RecipientName, award.ShowRecipientName, award.PlacementId, award.IssuedAt, award.ExpiresAt, award.RevokedAt, award.RevocationReason,
        StatusOf(award, now), award.Evidence, openBadges.LinksFor(award), award.Version);

    public static AwardStatus StatusOf(BadgeAward award, DateTime now) =>
        award.IsRevoked ? AwardStatus.Revoked : award.IsExpiredAt(now) ? AwardStatus.Expired : AwardStatus.Valid;
}
