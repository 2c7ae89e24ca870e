namespace Internships.Application.Features.StateReporting;

/// <summary>What keeps a placement out of the WBLR file until it is fixed.</summary>
public enum WblrProblem
{
    MissingSsid,
    MissingSchoolCdsCode,
    MissingStateCourseCode,
    MissingEvaluation,
}

/// <summary>The WBLR extract for an academic year: the records that will be submitted, and the placements that cannot be yet.</summary>
public sealed record WblrExtractDto(
    string AcademicYear,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<WblrField> Layout,
    IReadOnlyList<WblrRecordDto> Records,
    IReadOnlyList<WblrErrorDto> Errors,
    string FileName);

/// <summary>One record: the placement it reports and its fields in the file's order.</summary>
public sealed record WblrRecordDto(int PlacementId, int StudentId, string StudentName, decimal Hours, IReadOnlyList<string> Fields);

/// <summary>A placement left out of the file, what is missing and what to do about it; the ids say which record to fix.</summary>
public sealed record WblrErrorDto(
    int PlacementId,
    int StudentId,
    string StudentName,
    WblrProblem Problem,
    string Message,
    string Fix,
    int? SchoolId,
    int? PathwayId)
{
    /// <summary>The names the message quotes (the student's SIS id, the school, the pathway), so a page can say it in its own language.</summary>
    public string? SisId { get; init; }

    public string? SchoolName { get; init; }

    /// <summary>Null when the posting has no pathway the message can name.</summary>
    public string? PathwayName { get; init; }
}
