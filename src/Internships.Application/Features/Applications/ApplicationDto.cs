using Internships.Domain.Applications;

namespace Internships.Application.Features.Applications;

/// <summary>
/// An application as its student, the posting's employer or a coordinator sees it. The student's own ranking of
/// their choices is theirs and the district's: it is left out for employers.
/// </summary>
public sealed record ApplicationDto(
    int Id,
    int PostingId,
    string PostingTitle,
    int EmployerId,
    string EmployerName,
    ApplicantDto Applicant,
    string Statement,
    int? Rank,
    ApplicationStatus Status,
    DateTime SubmittedAt,
    DateTime StatusChangedAt,
    string? DecisionNote);

/// <summary>What an employer needs to know about an applicant, and no more (no birth date: only whether a minor).</summary>
public sealed record ApplicantDto(int StudentId, string FirstName, string LastName, int Grade, string SchoolName, bool IsMinor);
