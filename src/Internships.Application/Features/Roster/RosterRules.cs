namespace Internships.Application.Features.Roster;

/// <summary>What every way of starting a roster import follows.</summary>
public static class RosterRules
{
    /// <summary>The largest zip accepted: a district of 100,000 students exports about 5 MB zipped.</summary>
    public const int MaxUploadBytes = 50 * 1024 * 1024;

    /// <summary>How long the import job keeps trying an upload before it marks it failed.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(2);

    /// <summary>The account role mapped staff are to hold.</summary>
    public const string CoordinatorRole = Roles.Coordinator;

    /// <summary>The staff named in an upload's mapping: sourcedIds, usernames or e-mail addresses, separated by commas, semicolons or spaces.</summary>
    public static IEnumerable<string> SplitMapping(string? mapping) =>
        (mapping ?? "").Split([',', ';', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
