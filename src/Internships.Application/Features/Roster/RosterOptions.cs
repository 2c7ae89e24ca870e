namespace Internships.Application.Features.Roster;

/// <summary>Settings of the roster import (section "Roster").</summary>
public sealed class RosterOptions
{
    public const string Section = "Roster";

    /// <summary>
    /// Staff (OneRoster teachers and administrators) who become coordinators, by sourcedId, username or e-mail address,
    /// for every import; an upload can name more. Staff not named are left out.
    /// </summary>
    public List<string> Coordinators { get; set; } = [];

    /// <summary>
    /// The <c>userIds</c> type whose identifier is a student's SIS id (the state student id, say <c>{state:5501234}</c>);
    /// a user without one is known by <c>identifier</c>.
    /// </summary>
    public string StudentIdType { get; set; } = "state";
}
