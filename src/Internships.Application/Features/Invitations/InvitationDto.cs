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

/// <summary>
/// What the invitee sees before choosing a password: who the account is for, as its parts (the page writes them in the
/// reader's language): the person and the organisation, either or both none (the district's own staff have neither).
/// </summary>
public sealed record InvitationPreviewDto(string Email, string Role, string? Person, string? Organisation, DateTime ExpiresAt);
