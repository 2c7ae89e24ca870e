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
    IReadOnlyList<EnrolmentDto> Enrolments);

public sealed record EnrolmentDto(int PathwayId, string PathwayName, DateOnly EnrolledOn, DateOnly? EndedOn);

public sealed record StudentSummaryDto(int Id, string SisId, string FirstName, string LastName, int Grade, int SchoolId, string SchoolName, bool IsActive);
