namespace Internships.Application.Features.Notifications;

/// <summary>
/// What every message says about who sends it and where its links point: the district's name and contact, and the
/// public address of the site (links are <see cref="BaseUrl"/> + a page's path).
/// </summary>
public sealed record NotificationSettings(string DistrictName, string ContactEmail, string? ContactPhone, string BaseUrl, string MessageIdDomain)
{
    /// <summary>The absolute address of a page: a path on the site, or an address that is already absolute.</summary>
    public string Link(string path) => Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
        ? path
        : BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}

/// <summary>The pages messages link to, in one place.</summary>
public static class NotificationLinks
{
    public static string Application(int id) => $"/student/applications#application-{id}";

    public static string PostingApplications(int postingId) => $"/employer/postings/{postingId}/applicants";

    public static string Posting(int id) => $"/postings/{id}";

    public static string Placements => "/placements";

    public static string Placement(int id) => $"/placements/{id}";

    public static string PlacementHours(int id) => $"/placements/{id}#timesheet";

    public static string PlacementEvaluations(int id) => $"/placements/{id}#evaluations";

    public static string Preferences => "/settings/notifications";

    /// <summary>The one-time secret travels in the link; only its hash is stored.</summary>
    public static string AcceptInvitation(string token) => $"/account/invitation?token={Uri.EscapeDataString(token)}";

    public static string ResetPassword(string token) => $"/account/reset-password?token={Uri.EscapeDataString(token)}";
}
