namespace Internships.Application.Features.Students;

public sealed record StudentDto(
    int Id,
    string SisId,
    string FirstName,
    string LastName,
    string Email,
    int Grade,
    DateOnly DateOfBirth,
    int SchoolId,
    string SchoolName,
    bool IsActive,
    IReadOnlyList<EnrolmentDto> Enrolments,
    IReadOnlyList<StudentContactDto> Contacts,
    long Version) : IVersionedDto;

/// <summary>A parent, guardian or emergency contact, and the language to reach them in.</summary>
public sealed record StudentContactDto(int Id, string Name, string Relationship, string Phone, string? Email, string PreferredLanguage, bool IsEmergencyContact);

public sealed record EnrolmentDto(int PathwayId, string PathwayName, DateOnly EnrolledOn, DateOnly? EndedOn);

/// <summary>A student in a list; <see cref="IsPlaced"/>: they have a placement that did not end early (pending, active or completed).</summary>
public sealed record StudentSummaryDto(int Id, string SisId, string FirstName, string LastName, int Grade, int SchoolId, string SchoolName, bool IsActive,
    bool IsPlaced);
