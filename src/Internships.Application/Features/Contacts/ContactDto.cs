using Internships.Domain.Contacts;

namespace Internships.Application.Features.Contacts;

/// <summary>A visit or contact as the log shows it, with the names of the student and worksite it was about.</summary>
public sealed record ContactDto(
    int Id,
    int? PlacementId,
    int StudentId,
    string StudentName,
    int? EmployerId,
    string? EmployerName,
    DateOnly OccurredOn,
    ContactKind Kind,
    IReadOnlyList<ContactParties> With,
    string? People,
    string Notes,
    string? FollowUp,
    DateOnly? FollowUpDueOn,
    DateOnly? FollowUpDoneOn,
    bool FollowUpOverdue,
    string RecordedBy,
    DateTime RecordedAt);
