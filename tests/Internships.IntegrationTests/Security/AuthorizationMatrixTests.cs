using System.Net;
using System.Net.Http.Json;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Security;

public enum Actor
{
    Anonymous,
    Admin,
    Coordinator,
    OwnEmployerAdmin,
    OtherEmployerAdmin,
    OwnSupervisor,
    OwnStudent,
    OtherStudent,
}

public enum Outcome
{
    /// <summary>Allowed: the request succeeds (2xx).</summary>
    Allowed,
    Forbidden,
    NotFound,
    Unauthorized,
}

/// <summary>
/// Who may do what, endpoint by endpoint: each role, on its own organisation's or student's records and on
/// another's. "Own" means employer A's staff and student S1, whose application to A's posting the cases act on.
/// </summary>
[NonParallelizable]
public sealed partial class AuthorizationMatrixTests
{
    private static World? _world;

    private sealed record Endpoint(string Name, Func<World, Actor, Task<HttpRequestMessage>> Arrange, Func<Actor, Outcome> Expected);

    private static readonly Actor[] Staff = [Actor.OwnEmployerAdmin, Actor.OtherEmployerAdmin, Actor.OwnSupervisor];
    private static readonly Actor[] Students = [Actor.OwnStudent, Actor.OtherStudent];

    /// <summary>Allowed for <paramref name="allowed"/>, 404 for <paramref name="hidden"/>, 401 anonymous, 403 for everyone else.</summary>
    private static Func<Actor, Outcome> Rule(Actor[] allowed, Actor[]? hidden = null) => actor =>
        actor == Actor.Anonymous ? Outcome.Unauthorized
        : allowed.Contains(actor) ? Outcome.Allowed
        : hidden?.Contains(actor) == true ? Outcome.NotFound
        : Outcome.Forbidden;

    private static readonly Actor[] Everyone = Enum.GetValues<Actor>().Where(a => a != Actor.Anonymous).ToArray();

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body = null) =>
        new(method, url) { Content = body is null ? null : JsonContent.Create(body, options: ApiClient.Json) };

    /// <summary>A change of a versioned record, made whatever its version (If-Match: *): what is tested here is who may make it.</summary>
    private static HttpRequestMessage Replace(string url, object body)
    {
        var request = Send(HttpMethod.Put, url, body);
        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        return request;
    }

    private static readonly Endpoint[] Endpoints =
    [
        new("GET /api/me", (_, _) => Task.FromResult(Get("/api/me")), Rule(Everyone)),
        new("GET /api/users", (_, _) => Task.FromResult(Get("/api/users")), Rule([Actor.Admin, Actor.Coordinator])),
        new("GET /api/users/{id}", (_, _) => Task.FromResult(Get("/api/users/1")), Rule([Actor.Admin, Actor.Coordinator])),
        new("POST /api/users", (w, _) => Task.FromResult(Send(HttpMethod.Post, "/api/users",
            new { email = $"u{District.Next()}@tests.local", password = District.Password, role = "Coordinator" })), Rule([Actor.Admin])),
        new("POST /api/users/{student's}/disable", async (w, _) => Send(HttpMethod.Post, $"/api/users/{await w.StudentAccountAsync()}/disable"),
            Rule([Actor.Admin, Actor.Coordinator])),
        new("POST /api/users/{coordinator's}/disable (administrators only)", async (w, _) =>
            Send(HttpMethod.Post, $"/api/users/{await w.StaffAccountAsync()}/disable"), Rule([Actor.Admin])),
        new("POST /api/users/{student's}/enable", async (w, _) => Send(HttpMethod.Post, $"/api/users/{await w.StudentAccountAsync(disabled: true)}/enable"),
            Rule([Actor.Admin, Actor.Coordinator])),
        new("POST /api/users/{student's}/unlock", async (w, _) => Send(HttpMethod.Post, $"/api/users/{await w.StudentAccountAsync()}/unlock"),
            Rule([Actor.Admin, Actor.Coordinator])),
        new("PUT /api/users/{coordinator's}/roles", async (w, _) => Send(HttpMethod.Put, $"/api/users/{await w.StaffAccountAsync()}/roles",
            new { roles = new[] { "Coordinator", "Admin" } }), Rule([Actor.Admin])),

        new("GET /api/invitations", (_, _) => Task.FromResult(Get("/api/invitations?status=Pending")), Rule([Actor.Admin, Actor.Coordinator])),
        new("POST /api/invitations (a supervisor)", async (w, _) => Send(HttpMethod.Post, "/api/invitations",
            new { email = $"invitee{District.Next()}@own.local", role = "Supervisor", supervisorId = await w.SupervisorRecordAsync() }),
            Rule([Actor.Admin, Actor.Coordinator])),
        new("POST /api/invitations (a coordinator: administrators only)", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/invitations",
            new { email = $"invitee{District.Next()}@district.local", role = "Coordinator" })), Rule([Actor.Admin])),
        new("POST /api/invitations/{id}/resend", async (w, _) => Send(HttpMethod.Post, $"/api/invitations/{await w.InvitationAsync()}/resend"),
            Rule([Actor.Admin, Actor.Coordinator])),
        new("POST /api/invitations/{id}/revoke", async (w, _) => Send(HttpMethod.Post, $"/api/invitations/{await w.InvitationAsync()}/revoke"),
            Rule([Actor.Admin, Actor.Coordinator])),

        new("POST /api/me/password", async (w, actor) => await FreshSessions.AsFreshAsync(w, actor, Send(HttpMethod.Post, "/api/me/password",
            new { currentPassword = District.Password, newPassword = "Changed!2345-pw" })), Rule(Everyone)),
        new("POST /api/me/sign-out-everywhere", async (w, actor) =>
            await FreshSessions.AsFreshAsync(w, actor, Send(HttpMethod.Post, "/api/me/sign-out-everywhere")), Rule(Everyone)),
        new("GET /api/me/language", (_, _) => Task.FromResult(Get("/api/me/language")), Rule(Everyone)),
        new("PUT /api/me/language", (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/me/language", new { language = "en-US" })), Rule(Everyone)),
        new("GET /api/me/two-factor", (_, _) => Task.FromResult(Get("/api/me/two-factor")), Rule(Everyone)),
        new("POST /api/me/two-factor/authenticator", async (w, actor) =>
            await FreshSessions.AsFreshAsync(w, actor, Send(HttpMethod.Post, "/api/me/two-factor/authenticator")), Rule(Everyone)),
        new("POST /api/me/two-factor/enable", async (w, actor) => await TwoFactorEnableAsync(w, actor), Rule(Everyone)),
        new("POST /api/me/two-factor/recovery-codes", async (w, actor) =>
            await FreshSessions.AsFreshAsync(w, actor, Send(HttpMethod.Post, "/api/me/two-factor/recovery-codes"), twoFactor: true), Rule(Everyone)),
        new("POST /api/me/two-factor/disable", async (w, actor) =>
            await FreshSessions.AsFreshAsync(w, actor, Send(HttpMethod.Post, "/api/me/two-factor/disable"), twoFactor: true), Rule(Everyone)),

        new("GET /api/schools", (_, _) => Task.FromResult(Get("/api/schools")), Rule(Everyone)),
        new("POST /api/schools", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/schools",
            new { name = "School", code = $"M-{District.Next()}" })), Rule([Actor.Coordinator])),
        new("PUT /api/schools/{id}", (w, _) => Task.FromResult(Replace($"/api/schools/{w.SchoolId}",
            new { name = "Matrix School", code = w.SchoolCode })), Rule([Actor.Coordinator])),
        new("GET /api/pathways", (_, _) => Task.FromResult(Get("/api/pathways")), Rule(Everyone)),
        new("POST /api/pathways", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/pathways",
            new { name = $"P {District.Next()}", sector = "PublicServices", courseSequence = new[] { "A" } })), Rule([Actor.Coordinator])),

        new("GET /api/students", (_, _) => Task.FromResult(Get("/api/students")), Rule([Actor.Coordinator])),
        new("GET /api/students/{own}", (w, _) => Task.FromResult(Get($"/api/students/{w.OwnStudent.StudentId}")),
            Rule([Actor.Coordinator, Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("POST /api/students", (w, _) => Task.FromResult(Send(HttpMethod.Post, "/api/students", new
        {
            sisId = $"M-{District.Next()}", firstName = "A", lastName = "B", email = "a@b.local", grade = 10,
            dateOfBirth = District.Today.AddYears(-15), schoolId = w.SchoolId,
        })), Rule([Actor.Coordinator])),
        new("POST /api/students/{own}/enrolments", async (w, actor) =>
        {
            var pathwayId = actor == Actor.Coordinator ? await w.District.CreatePathwayAsync() : w.PathwayId;
            return Send(HttpMethod.Post, $"/api/students/{w.OwnStudent.StudentId}/enrolments", new { pathwayId });
        }, Rule([Actor.Coordinator])),

        new("GET /api/students/{own}/record", (w, _) => Task.FromResult(Get($"/api/students/{w.OwnStudent.StudentId}/record")), Rule([Actor.Coordinator])),
        new("PUT /api/students/{own}/status", (w, _) => Task.FromResult(Replace($"/api/students/{w.OwnStudent.StudentId}/status",
            new { isActive = true })), Rule([Actor.Coordinator])),
        new("POST /api/students/{id}/contacts", async (w, _) =>
        {
            var student = await w.District.CreateStudentAsync(w.SchoolId, [], withAccount: false);
            return Send(HttpMethod.Post, $"/api/students/{student.StudentId}/contacts",
                new { name = "Matrix Parent", relationship = "Father", phone = "559 555 0101", preferredLanguage = "en-US", isEmergencyContact = false });
        }, Rule([Actor.Coordinator])),
        new("PUT /api/students/{id}/contacts/{id}", async (w, _) =>
        {
            var (studentId, contactId) = await w.ContactAsync();
            return Send(HttpMethod.Put, $"/api/students/{studentId}/contacts/{contactId}",
                new { name = "Matrix Guardian", relationship = "Guardian", phone = "559 555 0102", preferredLanguage = "Spanish", isEmergencyContact = true });
        }, Rule([Actor.Coordinator])),
        new("DELETE /api/students/{id}/contacts/{id}", async (w, _) =>
        {
            var (studentId, contactId) = await w.ContactAsync();
            return Send(HttpMethod.Delete, $"/api/students/{studentId}/contacts/{contactId}");
        }, Rule([Actor.Coordinator])),

        new("GET /api/employers", (_, _) => Task.FromResult(Get("/api/employers")), Rule([Actor.Coordinator])),
        new("PUT /api/employers/{own}/partner-agreement", (w, _) => Task.FromResult(Send(HttpMethod.Put,
            $"/api/employers/{w.OwnEmployer.EmployerId}/partner-agreement",
            new { signedOn = District.Today.AddYears(-1), expiresOn = District.Today.AddYears(1) })), Rule([Actor.Coordinator])),
        new("PUT /api/employers/{own}/partner-agreement/document", (w, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Put,
            $"/api/employers/{w.OwnEmployer.EmployerId}/partner-agreement/document") { Content = Pdf.Body(Pdf.Document()) }), Rule([Actor.Coordinator])),
        new("GET /api/employers/{own}/posting-counts", (w, _) => Task.FromResult(Get($"/api/employers/{w.OwnEmployer.EmployerId}/posting-counts")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin])),
        new("GET /api/employers/{own}/partner-agreement/document", async (w, _) =>
            Get($"/api/employers/{await w.AgreementDocumentAsync()}/partner-agreement/document"),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin])),
        new("PUT /api/employers/{own}/worksite", (w, _) => Task.FromResult(Send(HttpMethod.Put, $"/api/employers/{w.OwnEmployer.EmployerId}/worksite",
            new { insuranceCarrier = "Matrix Mutual", insurancePolicyNumber = "M-1", insuranceExpiresOn = District.Today.AddYears(1),
                safetyChecks = new[] { new { item = "HazardAssessment", checkedOn = District.Today } } })), Rule([Actor.Coordinator])),
        new("POST /api/employers", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/employers",
            new { name = $"Employer {District.Next()}", industry = "Energy", contactEmail = "hr@energy.local" })), Rule([Actor.Coordinator])),
        new("POST /api/employers/{id}/deactivate", async (w, _) => Send(HttpMethod.Post, $"/api/employers/{await w.District.CreateEmployerAsync()}/deactivate"),
            Rule([Actor.Coordinator])),
        new("POST /api/employers/{id}/reactivate", async (w, _) => Send(HttpMethod.Post, $"/api/employers/{await w.InactiveEmployerAsync()}/reactivate"),
            Rule([Actor.Coordinator])),
        new("GET /api/employers/{own}", (w, _) => Task.FromResult(Get($"/api/employers/{w.OwnEmployer.EmployerId}")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OwnSupervisor])),
        new("PUT /api/employers/{own}", (w, _) => Task.FromResult(Replace($"/api/employers/{w.OwnEmployer.EmployerId}", new
        {
            name = w.OwnEmployerName, industry = "Engineering", contactEmail = "hr@own.local",
            partnerAgreementSignedOn = District.Today.AddYears(-1), partnerAgreementExpiresOn = District.Today.AddYears(1),
        })), Rule([Actor.Coordinator, Actor.OwnEmployerAdmin])),
        new("GET /api/employers/{own}/supervisors", (w, _) => Task.FromResult(Get($"/api/employers/{w.OwnEmployer.EmployerId}/supervisors")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OwnSupervisor])),
        new("POST /api/employers/{own}/supervisors", (w, _) => Task.FromResult(Send(HttpMethod.Post,
            $"/api/employers/{w.OwnEmployer.EmployerId}/supervisors",
            new { firstName = "New", lastName = "Supervisor", email = $"s{District.Next()}@own.local" })),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin])),
        new("PUT /api/supervisors/{own}", (w, _) => Task.FromResult(Replace($"/api/supervisors/{w.OwnSupervisor.SupervisorId}",
            new { firstName = "Sam", lastName = "Supervisor", email = w.OwnSupervisorEmail, isActive = true })),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),

        new("GET /api/postings", (_, _) => Task.FromResult(Get("/api/postings")), Rule(Everyone)),
        new("GET /api/postings/{open}", (w, _) => Task.FromResult(Get($"/api/postings/{w.OpenPostingId}")), Rule(Everyone)),
        new("GET /api/postings/{own draft}", (w, _) => Task.FromResult(Get($"/api/postings/{w.DraftPostingId}")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OwnSupervisor],
                hidden: [Actor.OtherEmployerAdmin, Actor.OwnStudent, Actor.OtherStudent, Actor.Admin])),
        new("POST /api/postings (own employer)", (w, _) => Task.FromResult(Send(HttpMethod.Post, "/api/postings",
            District.PostingBody([w.PathwayId], w.OwnEmployer.EmployerId))), Rule([Actor.Coordinator, Actor.OwnEmployerAdmin])),
        new("PUT /api/postings/{own draft}", async (w, _) =>
        {
            var body = District.PostingBody([w.PathwayId]);
            body.Remove("employerId");
            return Replace($"/api/postings/{await w.DraftAsync()}", body);
        }, Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("POST /api/postings/{own draft}/submit", async (w, _) => Send(HttpMethod.Post, $"/api/postings/{await w.DraftAsync()}/submit"),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("POST /api/postings/{submitted}/approve", async (w, _) => Send(HttpMethod.Post, $"/api/postings/{await w.SubmittedAsync()}/approve"),
            Rule([Actor.Coordinator])),
        new("POST /api/postings/{submitted}/return", async (w, _) => Send(HttpMethod.Post,
            $"/api/postings/{await w.SubmittedAsync()}/return", new { reason = "Add the weekly schedule." }), Rule([Actor.Coordinator])),
        new("POST /api/postings/{own open}/close", async (w, _) => Send(HttpMethod.Post, $"/api/postings/{await w.OpenAsync()}/close"),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin])),

        new("POST /api/postings/{open}/applications", async (w, _) => Send(HttpMethod.Post,
            $"/api/postings/{await w.OpenAsync()}/applications", new { statement = "Pick me." }), Rule(Students)),
        new("GET /api/postings/{own open}/applications", (w, _) => Task.FromResult(Get($"/api/postings/{w.OpenPostingId}/applications")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin])),
        new("GET /api/me/applications", (_, _) => Task.FromResult(Get("/api/me/applications")), Rule(Students)),
        new("PUT /api/me/applications/ranking", async (w, actor) => Send(HttpMethod.Put, "/api/me/applications/ranking",
            new { applicationIds = await w.PendingApplicationIdsAsync(actor) }), Rule(Students)),
        new("GET /api/applications/{own}", (w, _) => Task.FromResult(Get($"/api/applications/{w.ApplicationId}")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OwnStudent], hidden: [Actor.OtherEmployerAdmin, Actor.OtherStudent])),
        new("POST /api/applications/{own}/review", async (w, _) => Send(HttpMethod.Post, $"/api/applications/{await w.ApplicationAsync()}/review"),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("POST /api/applications/{own}/reject", async (w, _) => Send(HttpMethod.Post, $"/api/applications/{await w.ApplicationAsync()}/reject",
            new { reason = "Filled internally." }), Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("POST /api/applications/{own}/offer", async (w, _) => Send(HttpMethod.Post, $"/api/applications/{await w.ApplicationAsync()}/offer"),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("POST /api/applications/{own offered}/accept", async (w, _) => Send(HttpMethod.Post,
            $"/api/applications/{await w.ApplicationAsync(offered: true)}/accept"), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("POST /api/applications/{own offered}/decline", async (w, _) => Send(HttpMethod.Post,
            $"/api/applications/{await w.ApplicationAsync(offered: true)}/decline"), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("POST /api/applications/{own}/withdraw", async (w, _) => Send(HttpMethod.Post,
            $"/api/applications/{await w.ApplicationAsync()}/withdraw"), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),

        new("GET /api/placements", (_, _) => Task.FromResult(Get("/api/placements")), Rule([Actor.Coordinator, .. Staff, .. Students])),
        new("GET /api/placements/{own}", (w, _) => Task.FromResult(Get($"/api/placements/{w.PlacementId}")), Viewers),
        new("POST /api/placements/{own}/documents", async (w, _) => Send(HttpMethod.Post, $"/api/placements/{await w.PlacementAsync()}/documents",
            new { type = "TrainingAgreement", receivedOn = District.Today }), Rule([Actor.Coordinator])),
        new("PUT /api/placements/{own}/documents/{type}/file", async (w, _) => new HttpRequestMessage(HttpMethod.Put,
            $"/api/placements/{await w.PlacementWithSignedAgreementAsync()}/documents/TrainingAgreement/file") { Content = Pdf.Body(Pdf.Document()) },
            Rule([Actor.Coordinator])),
        new("GET /api/placements/{own}/documents/{type}/file", async (w, _) =>
            Get($"/api/placements/{await w.PlacementWithSignedAgreementAsync()}/documents/TrainingAgreement/file"), Rule([Actor.Coordinator])),
        new("PUT /api/placements/{own}/supervisor", async (w, _) => Send(HttpMethod.Put, $"/api/placements/{await w.PlacementAsync()}/supervisor",
            new { supervisorId = w.OwnSupervisor.SupervisorId }), Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("POST /api/placements/{own}/complete", async (w, _) => Send(HttpMethod.Post, $"/api/placements/{await w.CompletablePlacementAsync()}/complete"),
            Rule([Actor.Coordinator, Actor.OwnSupervisor])),
        new("POST /api/placements/{own}/end", async (w, _) => Send(HttpMethod.Post, $"/api/placements/{await w.PlacementAsync()}/end",
            new { reason = "Moved away." }), Rule([Actor.Coordinator])),
        new("POST /api/placements/{own}/award-badges", async (w, actor) => Send(HttpMethod.Post,
            $"/api/placements/{(actor == Actor.Coordinator ? await w.CompletablePlacementAsync(completed: true) : w.PlacementId)}/award-badges"),
            Rule([Actor.Coordinator])),
        new("POST /api/placements/{own}/hours", async (w, _) => Send(HttpMethod.Post, $"/api/placements/{await w.PlacementAsync(active: true)}/hours",
            new { workDate = District.Today, hours = 1, tasks = "Filed permits." }), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("GET /api/placements/{own}/hours", (w, _) => Task.FromResult(Get($"/api/placements/{w.PlacementId}/hours")), Viewers),
        new("POST /api/placements/{own}/evaluations", async (w, _) =>
        {
            var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(PlacementScenario.Ratings()))!.AsObject();
            body["kind"] = "Midpoint";
            return Send(HttpMethod.Post, $"/api/placements/{await w.PlacementAsync(active: true)}/evaluations", body);
        }, Rule([Actor.OwnSupervisor, Actor.Coordinator])),
        new("GET /api/placements/{own}/evaluations", (w, _) => Task.FromResult(Get($"/api/placements/{w.PlacementId}/evaluations")), Viewers),
        new("PUT /api/timesheets/{own}", async (w, _) => Send(HttpMethod.Put, $"/api/timesheets/{await w.TimesheetEntryAsync()}",
            new { workDate = District.Today, hours = 2, tasks = "Filed permits, then shadowed." }), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("POST /api/timesheets/{own}/approve", async (w, _) => Send(HttpMethod.Post, $"/api/timesheets/{await w.TimesheetEntryAsync()}/approve"),
            Rule([Actor.OwnSupervisor, Actor.Coordinator])),
        new("POST /api/placements/{own}/hours/approve", async (w, _) =>
        {
            var placementId = await w.PlacementAsync(active: true);
            var entry = District.Id(await w.OwnStudent.Client!.PostJsonAsync($"/api/placements/{placementId}/hours",
                new { workDate = District.Today, hours = 1, tasks = "Shadowed the surveyor." }, System.Net.HttpStatusCode.Created));
            return Send(HttpMethod.Post, $"/api/placements/{placementId}/hours/approve", new { entryIds = new[] { entry } });
        }, Rule([Actor.OwnSupervisor, Actor.Coordinator])),
        new("POST /api/timesheets/{own}/return", async (w, _) => Send(HttpMethod.Post, $"/api/timesheets/{await w.TimesheetEntryAsync()}/return",
            new { note = "Which site?" }), Rule([Actor.OwnSupervisor])),

        new("GET /api/rubric", (_, _) => Task.FromResult(Get("/api/rubric")), Rule(Everyone)),
        new("POST /api/rubric/competencies", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/rubric/competencies",
            new { key = $"matrix-{District.Next()}", name = "Matrix", description = "", sortOrder = 1000 })), Rule([Actor.Coordinator])),
        new("PUT /api/rubric/order", async (w, _) =>
        {
            var order = (await w.District.Coordinator.ExpectAsync<System.Text.Json.Nodes.JsonArray>(w.District.Coordinator.GetAsync("/api/rubric?includeRetired=true")))
                .Select(c => c!["id"]!.GetValue<int>()).ToArray();
            return Send(HttpMethod.Put, "/api/rubric/order", new { competencyIds = order });
        }, Rule([Actor.Coordinator])),
        new("PUT /api/rubric/competencies/{id}", (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/rubric/competencies/1",
            new { name = "Communication", description = "Speaks and writes clearly; listens and asks questions.", sortOrder = 10, isActive = true })),
            Rule([Actor.Coordinator])),

        new("GET /api/badges", (_, _) => Task.FromResult(Get("/api/badges")), Rule(Everyone)),
        new("GET /api/badges/{id}", (w, _) => Task.FromResult(Get($"/api/badges/{w.BadgeId}")), Rule(Everyone)),
        new("GET /api/badges/{id}/unlocks", (w, _) => Task.FromResult(Get($"/api/badges/{w.BadgeId}/unlocks")), Rule(Everyone)),
        new("POST /api/badges", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/badges", BadgeBuilder.Body())), Rule([Actor.Coordinator])),
        new("PUT /api/badges/{id}", async (w, _) =>
        {
            var body = BadgeBuilder.Body();
            return Replace($"/api/badges/{District.Id(await BadgeBuilder.CreateAsync(w.District, body))}", body);
        }, Rule([Actor.Coordinator])),
        new("PUT /api/badges/{id}/image", (w, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Put, $"/api/badges/{w.BadgeId}/image")
        {
            Content = new ByteArrayContent([]) { Headers = { ContentType = new("image/png") } },
        }), Rule([Actor.Coordinator])),
        new("POST /api/badges/{id}/awards", async (w, _) =>
        {
            var badge = await BadgeBuilder.CreateAsync(w.District, BadgeBuilder.Body());
            return Send(HttpMethod.Post, $"/api/badges/{District.Id(badge)}/awards", new { studentId = w.OtherStudent.StudentId });
        }, Rule([Actor.Coordinator])),
        new("POST /api/badges/{id}/awards/bulk", async (w, _) =>
        {
            var badge = await BadgeBuilder.CreateAsync(w.District, BadgeBuilder.Body());
            return new HttpRequestMessage(HttpMethod.Post, $"/api/badges/{District.Id(badge)}/awards/bulk")
            {
                Content = new StringContent("sisId\nNOBODY\n", System.Text.Encoding.UTF8, "text/csv"),
            };
        }, Rule([Actor.Coordinator])),
        new("POST /api/badges/{id}/awards/bulk/preview", (w, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post,
            $"/api/badges/{w.BadgeId}/awards/bulk/preview") { Content = new StringContent("sisId\nNOBODY\n", System.Text.Encoding.UTF8, "text/csv") }),
            Rule([Actor.Coordinator])),
        new("GET /api/badges/preview-image", (_, _) => Task.FromResult(Get("/api/badges/preview-image?name=Matrix&color=%23123456&kind=Capacity")),
            Rule([Actor.Coordinator])),
        new("GET /api/awards", (_, _) => Task.FromResult(Get("/api/awards")), Rule([Actor.Coordinator])),
        new("GET /api/awards/{own}", (w, _) => Task.FromResult(Get($"/api/awards/{w.AwardId}")),
            Rule([Actor.Coordinator, Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("POST /api/awards/{own}/revoke", async (w, _) => Send(HttpMethod.Post, $"/api/awards/{await w.AwardAsync()}/revoke", new { reason = "Error." }),
            Rule([Actor.Coordinator])),
        new("POST /api/placements/{own}/report", (w, _) => Task.FromResult(Send(HttpMethod.Post, $"/api/placements/{w.PlacementId}/report")), Viewers),
        new("POST /api/reports/term-summary", (_, _) => Task.FromResult(Send(HttpMethod.Post, "/api/reports/term-summary",
            new { from = District.Today.AddDays(-7), to = District.Today })), Rule([Actor.Coordinator])),
        new("GET /api/reports", (_, _) => Task.FromResult(Get("/api/reports")), Rule([Actor.Coordinator, .. Staff, .. Students])),
        new("GET /api/reports/{own placement's}", (w, _) => Task.FromResult(Get($"/api/reports/{w.PlacementReportId}")), Viewers),
        new("GET /api/reports/{own placement's}/file", (w, _) => Task.FromResult(Get($"/api/reports/{w.PlacementReportId}/file")), Viewers),
        new("GET /api/reports/{term summary} (coordinators only)", (w, _) => Task.FromResult(Get($"/api/reports/{w.TermSummaryReportId}")),
            Rule([Actor.Coordinator], hidden: [.. Staff, .. Students])),
        new("GET /api/reports/{term summary}/file (coordinators only)", (w, _) => Task.FromResult(Get($"/api/reports/{w.TermSummaryReportId}/file")),
            Rule([Actor.Coordinator], hidden: [.. Staff, .. Students])),
        new("GET /api/me/badges", (_, _) => Task.FromResult(Get("/api/me/badges")), Rule(Students)),
        new("GET /api/me/badges/export", (_, _) => Task.FromResult(Get("/api/me/badges/export")), Rule(Students)),
        new("POST /api/me/badges/{own}/artefacts", (w, _) => Task.FromResult(Send(HttpMethod.Post, $"/api/me/badges/{w.AwardId}/artefacts",
            new { name = "Essay", url = "https://docs.example/essay" })), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("PUT /api/me/badges/{own}/visibility", (w, _) => Task.FromResult(Send(HttpMethod.Put, $"/api/me/badges/{w.AwardId}/visibility",
            new { showName = false })), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("PUT /api/me/badges/{own}/publication", (w, _) => Task.FromResult(Send(HttpMethod.Put, $"/api/me/badges/{w.AwardId}/publication",
            new { showDetails = false })), Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("GET /api/me/badges/recipient", (_, _) => Task.FromResult(Get("/api/me/badges/recipient")), Rule(Students)),
        new("PUT /api/me/badges/recipient", (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/me/badges/recipient", new { opaque = false })),
            Rule(Students)),

        new("GET /api/match-rounds", (_, _) => Task.FromResult(Get("/api/match-rounds")),
            Rule([Actor.Coordinator, Actor.OwnEmployerAdmin, Actor.OtherEmployerAdmin, Actor.OwnStudent, Actor.OtherStudent])),
        new("POST /api/match-rounds", (w, _) => Task.FromResult(Send(HttpMethod.Post, "/api/match-rounds", new
        {
            name = "Matrix", term = "Spring 2027", preferenceDeadline = District.Today.AddDays(5), postingIds = new[] { w.OpenPostingId },
            studentIds = new[] { w.OwnStudent.StudentId },
        })), Rule([Actor.Coordinator])),
        new("GET /api/match-rounds/{own}", async (w, _) => Get($"/api/match-rounds/{(await w.SharedMatchRoundAsync()).RoundId}"), RoundViewers),
        new("GET /api/match-rounds/{own}/postings", async (w, _) => Get($"/api/match-rounds/{(await w.SharedMatchRoundAsync()).RoundId}/postings"),
            RoundViewers),
        new("PUT /api/match-rounds/{own}/postings/{own}/capacity", async (w, _) =>
        {
            var (roundId, postingId) = await w.SharedMatchRoundAsync();
            return Send(HttpMethod.Put, $"/api/match-rounds/{roundId}/postings/{postingId}/capacity", new { capacity = 1 });
        }, Rule([Actor.Coordinator])),
        new("GET /api/match-rounds/{own}/postings/{own}/candidates", async (w, _) =>
        {
            var (roundId, postingId) = await w.SharedMatchRoundAsync();
            return Get($"/api/match-rounds/{roundId}/postings/{postingId}/candidates");
        }, Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("PUT /api/match-rounds/{own}/postings/{own}/ranking", async (w, _) =>
        {
            var (roundId, postingId) = await w.MatchRoundAsync();
            return Send(HttpMethod.Put, $"/api/match-rounds/{roundId}/postings/{postingId}/ranking",
                new { ranking = new[] { new { studentId = w.OwnStudent.StudentId, rank = 1 } } });
        }, Rule([Actor.Coordinator, Actor.OwnEmployerAdmin], hidden: [Actor.OtherEmployerAdmin])),
        new("GET /api/match-rounds/{own}/my-choices", async (w, _) => Get($"/api/match-rounds/{(await w.SharedMatchRoundAsync()).RoundId}/my-choices"),
            Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("PUT /api/match-rounds/{own}/my-choices", async (w, _) =>
        {
            var (roundId, postingId) = await w.MatchRoundAsync();
            return Send(HttpMethod.Put, $"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { postingId } });
        }, Rule([Actor.OwnStudent], hidden: [Actor.OtherStudent])),
        new("PUT /api/match-rounds/{own}/students/{own}/choices", async (w, _) =>
        {
            var (roundId, postingId) = await w.MatchRoundAsync();
            return Send(HttpMethod.Put, $"/api/match-rounds/{roundId}/students/{w.OwnStudent.StudentId}/choices", new { postingIds = new[] { postingId } });
        }, Rule([Actor.Coordinator])),
        new("POST /api/match-rounds/{own}/lock", async (w, _) => Send(HttpMethod.Post, $"/api/match-rounds/{(await w.MatchRoundAsync()).RoundId}/lock"),
            Rule([Actor.Coordinator])),
        new("POST /api/match-rounds/{own}/runs", async (w, _) =>
            Send(HttpMethod.Post, $"/api/match-rounds/{(await w.MatchRoundAsync("Locked")).RoundId}/runs", new { seed = 3 }), Rule([Actor.Coordinator])),
        new("GET /api/match-rounds/{own}/runs", async (w, _) => Get($"/api/match-rounds/{(await w.SharedMatchRoundAsync()).RoundId}/runs"),
            Rule([Actor.Coordinator])),
        new("GET /api/match-rounds/{own}/runs/{n}", async (w, _) => Get($"/api/match-rounds/{(await w.SharedMatchRoundAsync()).RoundId}/runs/1"),
            Rule([Actor.Coordinator])),
        new("GET /api/match-rounds/{own}/runs/{n}/outcomes", async (w, _) =>
            Get($"/api/match-rounds/{(await w.SharedMatchRoundAsync()).RoundId}/runs/1/outcomes"), Rule([Actor.Coordinator])),
        new("GET /api/match-rounds/{own}/runs/{n}/results.csv", async (w, _) =>
            Get($"/api/match-rounds/{(await w.SharedMatchRoundAsync()).RoundId}/runs/1/results.csv"), Rule([Actor.Coordinator])),
        new("POST /api/match-rounds/{own}/publish", async (w, _) =>
            Send(HttpMethod.Post, $"/api/match-rounds/{(await w.MatchRoundAsync("Run")).RoundId}/publish"), Rule([Actor.Coordinator])),
        new("POST /api/match-rounds/{own}/scramble", async (w, _) =>
            Send(HttpMethod.Post, $"/api/match-rounds/{(await w.MatchRoundAsync("Published")).RoundId}/scramble",
                new { name = "Scramble", preferenceDeadline = District.Today.AddDays(2) }), Rule([Actor.Coordinator])),
        new("GET /api/notifications", (_, _) => Task.FromResult(Get("/api/notifications?status=Pending")), Rule([Actor.Coordinator])),
        new("POST /api/notifications/{id}/resend", async (_, _) => Send(HttpMethod.Post, $"/api/notifications/{await FailedNotificationAsync()}/resend"),
            Rule([Actor.Coordinator])),
        new("POST /api/roster/imports (dry run)", (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/roster/imports?dryRun=true")
        {
            Content = RosterUploads.Form(RosterMatrix.DeltaRoster()),
        }), Rule([Actor.Coordinator])),
        new("GET /api/roster/imports", (_, _) => Task.FromResult(Get("/api/roster/imports")), Rule([Actor.Coordinator])),
        new("GET /api/roster/imports/{id}", async (w, _) => Get($"/api/roster/imports/{await RosterMatrix.PreviewAsync(w)}"), Rule([Actor.Coordinator])),
        new("POST /api/roster/imports/{preview}/apply", async (w, _) => Send(HttpMethod.Post, $"/api/roster/imports/{await RosterMatrix.PreviewAsync(w)}/apply"),
            Rule([Actor.Coordinator])),
        new("GET /api/roster/suggestions", (_, _) => Task.FromResult(Get("/api/roster/suggestions")), Rule([Actor.Coordinator])),
        new("POST /api/roster/suggestions/confirm", async (w, _) => Send(HttpMethod.Post, "/api/roster/suggestions/confirm",
            new { suggestionIds = new[] { await RosterMatrix.SuggestionAsync(w) } }), Rule([Actor.Coordinator])),
        new("POST /api/roster/suggestions/dismiss", async (w, _) => Send(HttpMethod.Post, "/api/roster/suggestions/dismiss",
            new { suggestionIds = new[] { await RosterMatrix.SuggestionAsync(w) } }), Rule([Actor.Coordinator])),
        new("GET /api/me/notification-preferences", (_, _) => Task.FromResult(Get("/api/me/notification-preferences")), Rule(Everyone)),
        new("PUT /api/me/notification-preferences", (_, _) => Task.FromResult(Send(HttpMethod.Put, "/api/me/notification-preferences",
            new { receiveNonEssential = true })), Rule(Everyone)),
    ];

    /// <summary>A fresh account and a code from its new authenticator key, for the actor to turn two-factor sign-in on with.</summary>
    private static async Task<HttpRequestMessage> TwoFactorEnableAsync(World world, Actor actor)
    {
        if (actor == Actor.Anonymous)
        {
            return Send(HttpMethod.Post, "/api/me/two-factor/enable", new { code = "123456" });
        }

        var (_, token) = await FreshSessions.SignInAsync(world, actor);
        var client = world.District.Anonymous;
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var key = (await client.PostJsonAsync("/api/me/two-factor/authenticator"))["sharedKey"]!.GetValue<string>();
        var request = Send(HttpMethod.Post, "/api/me/two-factor/enable", new { code = Totp.Code(key) });
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    /// <summary>Who may look at a matching round: coordinators, its participant S1, the employer whose posting is in it.</summary>
    private static Func<Actor, Outcome> RoundViewers => Rule([Actor.Coordinator, Actor.OwnStudent, Actor.OwnEmployerAdmin],
        hidden: [Actor.OtherStudent, Actor.OtherEmployerAdmin]);

    /// <summary>The newest notification, marked failed so a coordinator may resend it.</summary>
    private static Task<long> FailedNotificationAsync() => TestHost.Factory.WithDbAsync(async db =>
    {
        var id = await db.Notifications.MaxAsync(n => n.Id);
        await db.Notifications.Where(n => n.Id == id)
            .ExecuteUpdateAsync(u => u
            .SetProperty(n => n.Status, Internships.Domain.Notifications.NotificationStatus.Failed)
            .SetProperty(n => n.LeaseId, (Guid?)null));
        return id;
    });

    /// <summary>Who may look at a placement: the intern, their employer's admin, their supervisor, coordinators.</summary>
    private static Func<Actor, Outcome> Viewers => Rule([Actor.Coordinator, Actor.OwnStudent, Actor.OwnEmployerAdmin, Actor.OwnSupervisor],
        hidden: [Actor.OtherStudent, Actor.OtherEmployerAdmin]);

    private static IEnumerable<Endpoint> AllEndpoints => Endpoints.Concat(StateReportingEndpoints).Concat(GuidanceEndpoints).Concat(BadgeClaimEndpoints)
        .Concat(BadgeProposalEndpoints).Concat(ProgrammeEndpoints);

    public static IEnumerable<TestCaseData> Cases() =>
        from endpoint in AllEndpoints
        from actor in Enum.GetValues<Actor>()
        select new TestCaseData(endpoint.Name, actor).SetName($"{endpoint.Name} as {actor} is {endpoint.Expected(actor)}");

    [OneTimeSetUp]
    public async Task CreateWorldAsync()
    {
        if (_world is null)
        {
            _world = await World.CreateAsync(TestHost.District);
            await _world.AddPlacementsAndBadgesAsync();
            await _world.AddReportsAsync();
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Endpoint_answers_each_actor_as_the_rules_say(string endpointName, Actor actor)
    {
        var world = _world!;
        var endpoint = AllEndpoints.Single(e => e.Name == endpointName);
        var expected = endpoint.Expected(actor);

        using var request = await endpoint.Arrange(world, actor);
        var response = await world.ClientFor(actor).Http.SendAsync(request);

        if (expected == Outcome.Allowed)
        {
            Assert.That((int)response.StatusCode, Is.InRange(200, 299),
                $"{endpointName} as {actor}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        else
        {
            await response.ShouldBeProblemAsync(expected switch
            {
                Outcome.Forbidden => HttpStatusCode.Forbidden,
                Outcome.NotFound => HttpStatusCode.NotFound,
                _ => HttpStatusCode.Unauthorized,
            });
        }
    }

    [Test]
    public void Every_api_route_is_in_the_matrix()
    {
        var routes = TestHost.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && !e.RoutePattern.RawText.StartsWith("/api/auth/", StringComparison.Ordinal))
            .Select(e => $"{e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Single()} {e.RoutePattern.RawText!.TrimEnd('/')}")
            .ToHashSet();
        var covered = AllEndpoints.Select(e => Normalise(e.Name)).ToHashSet();
        var missing = routes.Select(Normalise).Where(r => !covered.Contains(r)).ToList();

        // Coordinator-only maintenance routes whose guard is the same [Authorize(Coordinator)] as their create twin.
        string[] coveredByTwin = ["PUT /api/pathways/{}", "PUT /api/students/{}", "DELETE /api/students/{}/enrolments/{}",
            "GET /api/schools/{}", "GET /api/pathways/{}"];
        Assert.That(missing.Except(coveredByTwin), Is.Empty, "routes without authorisation cases");
    }

    /// <summary>"POST /api/postings/{id:int}/submit" and "POST /api/postings/{own draft}/submit" both become "POST /api/postings/{}/submit".</summary>
    private static string Normalise(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route.Split(" (")[0], "\\{[^}]*\\}", "{}");
}
