using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>What an import did to one kind of record.</summary>
public sealed record RosterTallyDto(int Created, int Updated, int Unchanged, int Deactivated)
{
    public static RosterTallyDto From(RosterTally tally) => new(tally.Created, tally.Updated, tally.Unchanged, tally.Deactivated);
}

/// <summary>An error of a roster upload: the file, the line (1 is the header row), the column, what is wrong.</summary>
public sealed record RosterImportErrorDto(string File, int? Line, string? Field, string Message);

/// <summary>A record an import created, changed or deactivated (or, for a dry run, would).</summary>
public sealed record RosterImportChangeDto(RosterEntity Entity, RosterChangeKind Kind, string SourcedId, string Name, string? Detail);

/// <summary>
/// A roster import: its status (Queued, Running while this server reads it, Succeeded or Failed), whether it was a dry run,
/// and the totals over schools, students and coordinators, then each kind on its own. The detail adds the errors (a
/// failed import applied nothing) and the changes, each list up to its first entries (<see cref="RosterImportDto.ErrorCount"/>
/// and <see cref="RosterImportDto.ChangeCount"/> count them all).
/// </summary>
public sealed record RosterImportDto(
    int Id,
    string Status,
    bool DryRun,
    string FileName,
    long FileSize,
    RosterFileMode Mode,
    string? Progress,
    string RequestedBy,
    DateTime RequestedAt,
    DateTime? CompletedAt,
    int? PreviewOfImportId,
    int Created,
    int Updated,
    int Unchanged,
    int Deactivated,
    int Skipped,
    int Suggestions,
    RosterTallyDto Schools,
    RosterTallyDto Students,
    RosterTallyDto Coordinators,
    int ErrorCount,
    int ChangeCount,
    string? CoordinatorMapping,
    IReadOnlyList<RosterImportErrorDto>? Errors = null,
    IReadOnlyList<RosterImportChangeDto>? Changes = null)
{
    public string Url => $"/api/roster/imports/{Id}";

    /// <summary>The status as clients see it: a queued import that this server is reading right now is Running.</summary>
    public static string StatusOf(RosterImportStatus status, string? progress) =>
        status == RosterImportStatus.Queued && progress is not null ? "Running" : status.ToString();

    public static RosterImportDto From(RosterImport import, string? progress, IReadOnlyList<RosterImportErrorDto>? errors = null,
        IReadOnlyList<RosterImportChangeDto>? changes = null)
    {
        var tallies = new[] { import.Schools, import.Students, import.Coordinators };
        return new RosterImportDto(import.Id, StatusOf(import.Status, progress), import.DryRun, import.FileName, import.FileSize, import.Mode,
            import.IsDone ? null : progress, import.RequestedBy, import.RequestedAt, import.CompletedAt, import.PreviewOfImportId,
            tallies.Sum(t => t.Created), tallies.Sum(t => t.Updated), tallies.Sum(t => t.Unchanged), tallies.Sum(t => t.Deactivated),
            import.SkippedUsers, import.Suggestions, RosterTallyDto.From(import.Schools), RosterTallyDto.From(import.Students),
            RosterTallyDto.From(import.Coordinators), import.ErrorCount, import.ChangeCount, import.CoordinatorMapping, errors, changes);
    }
}

/// <summary>A suggested pathway enrolment, with the student and the courses that suggest it.</summary>
public sealed record PathwaySuggestionDto(
    int Id,
    int StudentId,
    string StudentName,
    string SisId,
    int Grade,
    string SchoolName,
    int PathwayId,
    string PathwayName,
    string Courses,
    SuggestionStatus Status,
    int ImportId,
    DateTime SuggestedAt,
    DateTime? DecidedAt,
    string? DecidedBy);

/// <summary>How many suggestions a decision took, and how many of the confirmed ones enrolled a student (the rest already were).</summary>
public sealed record SuggestionDecisionDto(int Decided, int Enrolled);
