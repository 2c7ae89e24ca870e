using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Security;

/// <summary>The matrix rows of terms, the contact log, exports, the dashboard, state reporting and the audit trail.</summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly Actor[] CoordinatorOnly = [Actor.Coordinator];

    private static readonly Endpoint[] StateReportingEndpoints =
    [
        new("GET /api/terms", (_, _) => Task.FromResult(Get("/api/terms")), Rule(Everyone)),
        new("POST /api/terms", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/terms",
            new { name = $"Matrix {District.Next()}", startDate = District.Today, endDate = District.Today.AddDays(30) })), Rule(CoordinatorOnly)),
        new("PUT /api/terms/{id}", async (w, _) => Send(HttpMethod.Put, $"/api/terms/{await TermAsync(w)}",
            new { name = $"Matrix {District.Next()}", startDate = District.Today, endDate = District.Today.AddDays(30) }), Rule(CoordinatorOnly)),
        new("DELETE /api/terms/{id}", async (w, _) => Send(HttpMethod.Delete, $"/api/terms/{await TermAsync(w)}"), Rule(CoordinatorOnly)),

        new("POST /api/contacts", (w, _) => Task.FromResult(Send(HttpMethod.Post, "/api/contacts",
            new { placementId = w.PlacementId, occurredOn = District.Today, kind = "SiteVisit", notes = "Visited." })), Rule(CoordinatorOnly)),
        new("GET /api/contacts", (w, _) => Task.FromResult(Get($"/api/contacts?placementId={w.PlacementId}")), Rule(CoordinatorOnly)),
        new("GET /api/contacts/follow-ups", (_, _) => Task.FromResult(Get("/api/contacts/follow-ups")), Rule(CoordinatorOnly)),
        new("POST /api/contacts/{id}/follow-up/done", async (w, _) => Send(HttpMethod.Post, $"/api/contacts/{await FollowUpAsync(w)}/follow-up/done"),
            Rule(CoordinatorOnly)),
        new("GET /api/contacts/export", (_, _) => Task.FromResult(Get("/api/contacts/export?format=Csv")), Rule(CoordinatorOnly)),

        new("GET /api/students/export", (w, _) => Task.FromResult(Get($"/api/students/export?schoolId={w.SchoolId}")), Rule(CoordinatorOnly)),
        new("GET /api/placements/export (own or all)", (_, _) => Task.FromResult(Get("/api/placements/export")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OtherEmployerAdmin])),
        new("GET /api/awards/export", (_, _) => Task.FromResult(Get("/api/awards/export?format=Xlsx")), Rule(CoordinatorOnly)),
        new("GET /api/applications/export", (w, _) => Task.FromResult(Get($"/api/applications/export?postingId={w.OpenPostingId}")), Rule(CoordinatorOnly)),
        new("GET /api/dashboard", (w, _) => Task.FromResult(Get($"/api/dashboard?schoolId={w.SchoolId}")), Rule(CoordinatorOnly)),
        new("GET /api/dashboard/actions", (w, _) => Task.FromResult(Get($"/api/dashboard/actions?schoolId={w.SchoolId}")), Rule(CoordinatorOnly)),

        new("GET /api/state-reporting/calpads/wblr", (_, _) => Task.FromResult(Get($"/api/state-reporting/calpads/wblr?year={ThisYear}")),
            Rule(CoordinatorOnly)),
        new("GET /api/state-reporting/calpads/wblr/file", (_, _) => Task.FromResult(Get($"/api/state-reporting/calpads/wblr/file?year=2020")),
            Rule(CoordinatorOnly)),
        new("PUT /api/state-reporting/students/{own}/ssid", (w, _) => Task.FromResult(Send(HttpMethod.Put,
            $"/api/state-reporting/students/{w.OtherStudent.StudentId}/ssid", new { ssid = (string?)null })), Rule(CoordinatorOnly)),
        new("PUT /api/state-reporting/schools/{id}/cds-code", (w, _) => Task.FromResult(Send(HttpMethod.Put,
            $"/api/state-reporting/schools/{w.SchoolId}/cds-code", new { cdsCode = (string?)null })), Rule(CoordinatorOnly)),
        new("GET /api/state-reporting/pathways/{id}/courses", (w, _) => Task.FromResult(Get($"/api/state-reporting/pathways/{w.PathwayId}/courses")),
            Rule(CoordinatorOnly)),
        new("PUT /api/state-reporting/pathways/{id}/courses", (w, _) => Task.FromResult(Send(HttpMethod.Put,
            $"/api/state-reporting/pathways/{w.PathwayId}/courses", new { courses = Array.Empty<object>() })), Rule(CoordinatorOnly)),
        new("PUT /api/state-reporting/placements/{own}", (w, _) => Task.FromResult(Send(HttpMethod.Put,
            $"/api/state-reporting/placements/{w.PlacementId}", new { leaSponsored = true, certifiedSupervised = (bool?)null, stateCourseCode = "7703" })),
            Rule(CoordinatorOnly)),

        new("GET /api/audit", (_, _) => Task.FromResult(Get("/api/audit?entityType=Student")), Rule([Actor.Admin])),
        new("GET /api/audit/{type}/{id}", (w, _) => Task.FromResult(Get($"/api/audit/Student/{w.OwnStudent.StudentId}")),
            Rule([Actor.Coordinator, Actor.Admin])),
    ];

    private static int ThisYear => District.Today.Month >= 7 ? District.Today.Year : District.Today.Year - 1;

    /// <summary>A fresh term, for the cases that change or remove one.</summary>
    private static async Task<int> TermAsync(World w) => District.Id(await w.District.Coordinator.PostJsonAsync("/api/terms",
        new { name = $"Matrix {District.Next()}", startDate = District.Today, endDate = District.Today.AddDays(30) }, System.Net.HttpStatusCode.Created));

    /// <summary>A fresh contact with a follow-up still to do.</summary>
    private static async Task<int> FollowUpAsync(World w) => District.Id(await w.District.Coordinator.PostJsonAsync("/api/contacts", new
    {
        placementId = w.PlacementId, occurredOn = District.Today, kind = "PhoneCall", notes = "Called.", followUp = "Call back",
        followUpDueOn = District.Today.AddDays(1),
    }, System.Net.HttpStatusCode.Created));
}
