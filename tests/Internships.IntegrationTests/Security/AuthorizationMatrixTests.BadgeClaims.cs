using System.Net.Http.Headers;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>
/// The matrix rows of badge claims: S1 claims a badge employer A endorses. S1 alone changes it; coordinators and A's
/// admins review it; everyone else may not know it exists.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>Coordinators and the endorsing employer's admins; the other employer's admin and student may not know of the claim.</summary>
    private static Func<Actor, Outcome> ClaimReviewers => Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin]);

    private static Func<Actor, Outcome> ClaimViewers => Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OwnStudent],
        hidden: [Actor.OtherEmployerAdmin, Actor.OtherStudent]);

    private static readonly Endpoint[] BadgeClaimEndpoints =
    [
        new("GET /api/badge-claims/mine", (_, _) => Task.FromResult(Get("/api/badge-claims/mine")), Rule([Actor.OwnStudent, Actor.OtherStudent])),
        new("POST /api/badge-claims", async (w, _) => Send(HttpMethod.Post, "/api/badge-claims",
            new { badgeClassId = await ClaimableBadgeAsync(w), narrative = "I volunteered at the food bank." }), Rule([Actor.OwnStudent, Actor.OtherStudent])),
        new("PUT /api/badge-claims/{own}", async (w, _) => Replace($"/api/badge-claims/{await ClaimAsync(w)}", new { narrative = "More hours." }),
            Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("PUT /api/badge-claims/{own}/file", async (w, _) => PdfTo($"/api/badge-claims/{await ClaimAsync(w)}/file"),
            Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("GET /api/badge-claims/{own}/file", async (w, _) => Get($"/api/badge-claims/{await ClaimAsync(w, withFile: true)}/file"), ClaimViewers),
        new("GET /api/badge-claims", (_, _) => Task.FromResult(Get("/api/badge-claims?status=Submitted")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OtherEmployerAdmin])),
        new("GET /api/badge-claims/{own}", async (w, _) => Get($"/api/badge-claims/{await ClaimAsync(w)}"), ClaimViewers),
        new("POST /api/badge-claims/{own}/approve", async (w, _) => Send(HttpMethod.Post, $"/api/badge-claims/{await ClaimAsync(w)}/approve"),
            ClaimReviewers),
        new("POST /api/badge-claims/{own}/ask-for-more", async (w, _) => Send(HttpMethod.Post, $"/api/badge-claims/{await ClaimAsync(w)}/ask-for-more",
            new { note = "Add the organiser's letter." }), ClaimReviewers),
        new("POST /api/badge-claims/{own}/decline", async (w, _) => Send(HttpMethod.Post, $"/api/badge-claims/{await ClaimAsync(w)}/decline",
            new { reason = "Not signed." }), ClaimReviewers),
    ];

    /// <summary>A fresh badge employer A endorses that students may claim.</summary>
    private static async Task<int> ClaimableBadgeAsync(World w)
    {
        var body = BadgeBuilder.Body();
        body["endorsingEmployerId"] = w.OwnEmployer.EmployerId;
        body["allowsClaims"] = true;
        return District.Id(await BadgeBuilder.CreateAsync(w.District, body));
    }

    /// <summary>A fresh claim of S1's to a badge employer A endorses, with an evidence file when asked.</summary>
    private static async Task<int> ClaimAsync(World w, bool withFile = false)
    {
        var client = w.OwnStudent.Client!;
        var id = District.Id(await client.PostJsonAsync("/api/badge-claims",
            new { badgeClassId = await ClaimableBadgeAsync(w), narrative = "I finished an online course in spreadsheets." }, System.Net.HttpStatusCode.Created));
        if (withFile)
        {
            await client.ExpectAsync<System.Text.Json.Nodes.JsonObject>(client.Http.SendAsync(PdfTo($"/api/badge-claims/{id}/file")));
        }

        return id;
    }

    private static HttpRequestMessage PdfTo(string url)
    {
        var content = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new HttpRequestMessage(HttpMethod.Put, url) { Content = content };
    }
}
