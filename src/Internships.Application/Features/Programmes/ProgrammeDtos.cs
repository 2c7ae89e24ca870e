using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

public sealed record RequirementDto(int Id, int Step, RequirementKind Kind, string Title, decimal PdHours, int? SessionsRequired,
    IReadOnlyList<string> Criteria, int? PassingScore);

public sealed record ProgrammeDto(int Id, string Name, string Description, int BadgeClassId, string BadgeName, decimal? PdHoursTarget, decimal? FeeAmount,
    IReadOnlyList<RequirementDto> Requirements, long Version) : IVersionedDto;

public sealed record CohortDto(int Id, int ProgrammeId, string ProgrammeName, string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int Enrolled,
    int? TrainerUserId, int? CoachUserId, int? ObserverUserId);

public sealed record ProgressEntryDto(int Id, bool Met, DateOnly OccurredOn, string? Narrative, string? Url, IReadOnlyList<int> Scores, string RecordedBy,
    DateTime RecordedAt);

/// <summary>Where a participant stands on one requirement: met or not, and the steps recorded for it.</summary>
public sealed record RequirementProgressDto(RequirementDto Requirement, bool Met, IReadOnlyList<ProgressEntryDto> Entries);

public sealed record EnrolmentDto(int Id, int CohortId, string CohortName, int ProgrammeId, string ProgrammeName, int ParticipantUserId, string ParticipantName,
    int? OrganisationId, FeeStatus Fee, decimal? FeeAmount, decimal PdHoursEarned, decimal? PdHoursTarget, DateTime? CompletedAt, Guid? AwardId,
    IReadOnlyList<RequirementProgressDto> Progress, long Version);

/// <summary>A cohort with its participants' progress: the roster a trainer takes attendance on.</summary>
public sealed record CohortRosterDto(CohortDto Cohort, IReadOnlyList<RequirementDto> Requirements, IReadOnlyList<EnrolmentDto> Enrolments);

/// <summary>A cohort the signed-in account trains, coaches or observes, and what is waiting for them there.</summary>
public sealed record CohortTaskDto(CohortDto Cohort, IReadOnlyList<string> Roles, int ParticipantsWaiting);
