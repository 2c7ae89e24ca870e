using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>
/// The matrix rows of badge proposals: employer A's admin proposes a badge. A's admins and coordinators see and edit it;
/// coordinators alone decide it; the other employer may not know it exists.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static Func<Actor, Outcome> ProposalEditors => Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin]);

    private static readonly Endpoint[] BadgeProposalEndpoints =
    [
        new("GET /api/badge-proposals", (_, _) => Task.FromResult(Get("/api/badge-proposals?status=Proposed")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OtherEmployerAdmin])),
        new("POST /api/badge-proposals", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/badge-proposals", ProposalBody())),
            Rule([Actor.OwnEmployerAdmin, Actor.OtherEmployerAdmin])),
        new("GET /api/badge-proposals/{own}", async (w, _) => Get($"/api/badge-proposals/{await ProposalAsync(w)}"), ProposalEditors),
        new("PUT /api/badge-proposals/{own}", async (w, _) => Replace($"/api/badge-proposals/{await ProposalAsync(w)}", ProposalBody()), ProposalEditors),
        new("POST /api/badge-proposals/{own}/approve", async (w, _) => Send(HttpMethod.Post, $"/api/badge-proposals/{await ProposalAsync(w)}/approve"),
            Rule([Actor.Coordinator])),
        new("POST /api/badge-proposals/{own}/decline", async (w, _) => Send(HttpMethod.Post, $"/api/badge-proposals/{await ProposalAsync(w)}/decline",
            new { reason = "Too close to an existing badge." }), Rule([Actor.Coordinator])),
        new("GET /api/applications/{own}/badges", (w, _) => Task.FromResult(Get($"/api/applications/{w.ApplicationId}/badges")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("GET /api/me/badges/ladder", (w, _) => Task.FromResult(Get($"/api/me/badges/ladder?postingId={w.OpenPostingId}")), Rule([Actor.OwnStudent, Actor.OtherStudent])),
    ];

    private static object ProposalBody() => new
    {
        name = $"Time Management {District.Next()}", description = "Plans the week and meets deadlines.",
        criteria = "Kept a shared schedule for four weeks.", tasks = new[] { "Plans the week's work" }, skill = "Time management",
    };

    /// <summary>A fresh proposal of employer A's.</summary>
    private static async Task<int> ProposalAsync(World w) =>
        District.Id(await w.OwnEmployer.Client.PostJsonAsync("/api/badge-proposals", ProposalBody(), System.Net.HttpStatusCode.Created));
}
