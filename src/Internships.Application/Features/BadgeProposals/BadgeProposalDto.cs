using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeProposals;

/// <summary>An employer's proposed badge as its employer's admins and the coordinators see it.</summary>
public sealed record BadgeProposalDto(
    int Id,
    int EmployerId,
    string EmployerName,
    string Name,
    string Description,
    string Criteria,
    IReadOnlyList<string> Tasks,
    string Skill,
    BadgeProposalStatus Status,
    string ProposedBy,
    DateTime ProposedAt,
    string? DeclineReason,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    int? BadgeClassId,
    long Version) : IVersionedDto;
