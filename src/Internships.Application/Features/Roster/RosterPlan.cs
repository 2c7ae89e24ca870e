using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>A school as the database holds it, for comparing with the roster.</summary>
public sealed record SchoolState(int Id, string? SourcedId, string Name, string Code);

/// <summary>A student as the database holds it, for comparing with the roster.</summary>
public sealed record StudentState(int Id, string? SourcedId, string SisId, string FirstName, string LastName, string Email, int Grade, DateOnly DateOfBirth,
    int SchoolId, bool IsActive, DateTime? RosterModifiedAt);

/// <summary>A staff member as the database holds them.</summary>
public sealed record StaffState(int Id, string SourcedId, string FirstName, string LastName, string Email, string SisRole, bool IsActive,
    DateTime? RosterModifiedAt);

/// <summary>A career pathway and the courses of its sequence.</summary>
public sealed record PathwayState(int Id, string Name, IReadOnlyList<string> Courses);

/// <summary>What the database holds that an import compares the roster with.</summary>
public sealed record RosterSnapshot(
    IReadOnlyList<SchoolState> Schools,
    IReadOnlyList<StudentState> Students,
    IReadOnlyList<StaffState> Staff,
    IReadOnlyList<PathwayState> Pathways,
    IReadOnlySet<(int StudentId, int PathwayId)> SuggestedOrEnrolled);

/// <summary>A school of the roster: an existing one (<see cref="Id"/>) or one to create, known by its sourcedId.</summary>
public sealed record SchoolRef(int? Id, string SourcedId);

/// <summary>A student of the roster: an existing one (<see cref="Id"/>) or one to create, known by its sourcedId.</summary>
public sealed record StudentRef(int? Id, string SourcedId);

/// <summary>A school to create (no <see cref="Id"/>) or to change.</summary>
public sealed record SchoolChange(int? Id, string SourcedId, string Name, string Code);

/// <summary>A student to create (no <see cref="Id"/>) or to change (deactivating is a change to <see cref="IsActive"/>).</summary>
public sealed record StudentChange(int? Id, string SourcedId, string SisId, string FirstName, string LastName, string Email, int Grade,
    DateOnly DateOfBirth, SchoolRef School, bool IsActive, DateTime? Modified);

/// <summary>A staff member to create (no <see cref="Id"/>) or to change.</summary>
public sealed record StaffChange(int? Id, string SourcedId, string FirstName, string LastName, string Email, string SisRole, bool IsActive,
    DateTime? Modified);

/// <summary>A pathway enrolment to suggest, with the student's courses that the pathway lists.</summary>
public sealed record SuggestionChange(StudentRef Student, int PathwayId, string Courses);

/// <summary>One line of the review list: what happens to which record.</summary>
public sealed record ChangeLine(RosterEntity Entity, RosterChangeKind Kind, string SourcedId, string Name, string? Detail);

/// <summary>Everything an import will do, worked out before anything is written; or the errors that stop it.</summary>
public sealed record RosterPlan(
    RosterFileMode Mode,
    IReadOnlyList<RosterIssue> Errors,
    IReadOnlyList<SchoolChange> Schools,
    IReadOnlyList<StudentChange> Students,
    IReadOnlyList<StaffChange> Staff,
    IReadOnlyList<SuggestionChange> Suggestions,
    IReadOnlyList<ChangeLine> Changes,
    RosterOutcome Outcome);
