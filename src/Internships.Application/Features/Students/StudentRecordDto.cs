using Internships.Application.Features.Badges;
using Internships.Application.Features.Placements;
using Internships.Domain.Applications;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Students;

/// <summary>A student's whole record in one place: who they are, their contacts, and everything the programme holds on them.</summary>
public sealed record StudentRecordDto(
    StudentDto Student,
    IReadOnlyList<RecordApplicationDto> Applications,
    IReadOnlyList<RecordPlacementDto> Placements,
    IReadOnlyList<RecordEvaluationDto> Evaluations,
    IReadOnlyList<RecordBadgeDto> Badges);

public sealed record RecordApplicationDto(int Id, int PostingId, string PostingTitle, string EmployerName, ApplicationStatus Status, DateTime SubmittedAt);

public sealed record RecordPlacementDto(
    int Id, string PostingTitle, string EmployerName, string? SupervisorName, DateOnly StartDate, DateOnly EndDate, PlacementStatus Status,
    HoursSummary Hours, int MissingDocuments);

public sealed record RecordEvaluationDto(int PlacementId, string PostingTitle, EvaluationKind Kind, double AverageScore, DateTime SubmittedAt,
    string? RecordedOnBehalfBy);

public sealed record RecordBadgeDto(Guid Id, string BadgeName, DateTime IssuedAt, AwardStatus Status);
