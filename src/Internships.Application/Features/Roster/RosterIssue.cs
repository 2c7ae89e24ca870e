namespace Internships.Application.Features.Roster;

/// <summary>
/// Something wrong with a roster upload: the file, the line (1 is the header row; none for the whole file), the column,
/// and what is wrong, in words a coordinator can act on.
/// </summary>
public sealed record RosterIssue(string File, int? Line, string? Field, string Message);
