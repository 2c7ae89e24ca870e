using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

public sealed record BadgeClassDto(
    int Id,
    Guid PublicId,
    string Name,
    string Description,
    string Criteria,
    BadgeKind Kind,
    BadgeRecipientType RecipientType,
    string Color,
    string ImageUrl,
    bool HasUploadedImage,
    int? EndorsingEmployerId,
    string? EndorsingEmployerName,
    int? ValidityMonths,
    IReadOnlyList<string> Skills,
    IReadOnlyList<BadgeAlignment> Alignments,
    IReadOnlyList<Postings.BadgeRef> Prerequisites,
    AwardRule? Rule,
    bool IsActive,
    bool AllowsClaims,
    StaffProgrammeRule? StaffRule,
    DateTime CreatedAt,
    long Version) : IVersionedDto
{
    /// <summary>The name in Spanish, when the district wrote one; null otherwise.</summary>
    public string? NameEs { get; init; }

    /// <summary>The description in Spanish, when the district wrote one; null otherwise.</summary>
    public string? DescriptionEs { get; init; }
}
