using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeClaims;

/// <summary>A student's claim to a badge as its student and its reviewers see it.</summary>
public sealed record BadgeClaimDto(
    int Id,
    int BadgeClassId,
    string BadgeName,
    string? EndorsingEmployerName,
    int StudentId,
    string StudentName,
    BadgeClaimStatus Status,
    string Narrative,
    IReadOnlyList<string> Links,
    string? EvidenceFileName,
    DateTime CreatedAt,
    DateTime SubmittedAt,
    string? ReviewNote,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    Guid? AwardId,
    long Version) : IVersionedDto;
