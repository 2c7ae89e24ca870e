using Internships.Domain.Accounts;

namespace Internships.Application.Features.Invitations;

public sealed record InvitationDto(
    int Id,
    string Email,
    string Role,
    int? StudentId,
    int? EmployerId,
    int? SupervisorId,
    string InvitedBy,
    DateTime CreatedAt,
    DateTime LastSentAt,
    int TimesSent,
    DateTime ExpiresAt,
    InvitationStatus Status,
    DateTime? AcceptedAt,
    int? AccountId,
    DateTime? RevokedAt);

/// <summary>What the invitee sees before choosing a password: who the account is for.</summary>
public sealed record InvitationPreviewDto(string Email, string Role, string For, DateTime ExpiresAt);
