using System.Net;
using System.Text.Json.Nodes;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// A student whose accepted offer became a placement that starts today, so hours can be logged at once:
/// the employer, the supervisor named on the posting, and ids of everything made on the way.
/// </summary>
public sealed record PlacementScenario(
    int SchoolId,
    int PathwayId,
    EmployerActor Employer,
    SupervisorActor Supervisor,
    StudentActor Student,
    int PostingId,
    int ApplicationId,
    int PlacementId)
{
    public const decimal RequiredHours = 10m;

    public static async Task<PlacementScenario> CreateAsync(District district, int studentAge = 16, bool activate = false)
    {
        var schoolId = await district.CreateSchoolAsync();
        var pathwayId = await district.CreatePathwayAsync();
        var employer = await district.CreateEmployerWithAdminAsync();
        var supervisor = await district.CreateSupervisorAsync(employer.EmployerId);
        var postingId = await district.CreateOpenPostingAsync(employer, [pathwayId], b =>
        {
            b["startDate"] = District.Today;
            b["applicationDeadline"] = District.Today;
            b["endDate"] = District.Today.AddDays(90);
            b["supervisorId"] = supervisor.SupervisorId;
            b["requiredHours"] = RequiredHours;
        });
        var student = await district.CreateStudentAsync(schoolId, [pathwayId], grade: studentAge >= 18 ? 12 : 11, age: studentAge);
        var applicationId = await District.ApplyAsync(student, postingId);
        await employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
        await student.Client!.PostJsonAsync($"/api/applications/{applicationId}/accept");
        var placements = await student.Client.GetJsonAsync("/api/placements");
        var placementId = placements["items"]!.AsArray().Single(p => p!["postingId"]!.GetValue<int>() == postingId)!["id"]!.GetValue<int>();

        var scenario = new PlacementScenario(schoolId, pathwayId, employer, supervisor, student, postingId, applicationId, placementId);
        if (activate)
        {
            await scenario.RecordAllDocumentsAsync(district);
        }

        return scenario;
    }

    public string Url => $"/api/placements/{PlacementId}";

    public async Task RecordAllDocumentsAsync(District district)
    {
        var placement = await district.Coordinator.GetJsonAsync(Url);
        foreach (var type in placement["missingDocuments"]!.AsArray().Select(t => t!.GetValue<string>()).ToList())
        {
            await district.Coordinator.PostJsonAsync($"{Url}/documents", new { type, receivedOn = District.Today });
        }
    }

    /// <summary>Logs hours for today and has the supervisor approve them; returns the entry.</summary>
    public async Task<JsonObject> LogApprovedHoursAsync(decimal hours, string tasks = "Surveyed the north parcel with the field crew.")
    {
        var entry = await Student.Client!.PostJsonAsync($"{Url}/hours", new { workDate = District.Today, hours, tasks }, HttpStatusCode.Created);
        return await Supervisor.Client.PostJsonAsync($"/api/timesheets/{District.Id(entry)}/approve");
    }

    public static object Ratings(int score = 3, string testimonial = "Reliable, curious and kind to the public. We would hire them.") => new
    {
        ratings = new[] { "communication", "collaboration", "professionalism", "problem-solving", "time-management", "technical-skills" }
            .Select(c => new { competency = c, score, comment = $"Shows {c} every day." }).ToArray(),
        testimonial,
    };

    public async Task SubmitEvaluationAsync(string kind, int score = 3, Dictionary<string, int>? overrides = null)
    {
        var body = await EvaluationBodyAsync(Supervisor.Client, kind, score);
        foreach (var (competency, value) in overrides ?? [])
        {
            body["ratings"]!.AsArray().Single(r => r!["competency"]!.GetValue<string>() == competency)!["score"] = value;
        }

        await Supervisor.Client.PostJsonAsync($"{Url}/evaluations", body, HttpStatusCode.Created);
    }

    /// <summary>
    /// An evaluation rating every competency active now, each at <paramref name="score"/>: another fixture (the authorisation
    /// matrix) may have added one to the rubric.
    /// </summary>
    public static async Task<JsonObject> EvaluationBodyAsync(ApiClient reader, string kind, int score = 3)
    {
        var rubric = await reader.ExpectAsync<JsonArray>(reader.GetAsync("/api/rubric"));
        return new JsonObject
        {
            ["kind"] = kind,
            ["ratings"] = new JsonArray(rubric.Select(c => (JsonNode)new JsonObject
            {
                ["competency"] = c!["key"]!.GetValue<string>(), ["score"] = score, ["comment"] = $"Shows {c["key"]} every day.",
            }).ToArray()),
            ["testimonial"] = "Reliable, curious and kind to the public. We would hire them.",
        };
    }

    /// <summary>Everything completion needs: paperwork, the hours, both evaluations; then the supervisor completes it.</summary>
    public async Task<JsonObject> CompleteAsync(District district, int finalScore = 3, Dictionary<string, int>? finalOverrides = null)
    {
        var placement = await district.Coordinator.GetJsonAsync(Url);
        if (placement["status"]!.GetValue<string>() == "Pending")
        {
            await RecordAllDocumentsAsync(district);
        }

        await LogApprovedHoursAsync(RequiredHours);
        await SubmitEvaluationAsync("Midpoint");
        await SubmitEvaluationAsync("Final", finalScore, finalOverrides);
        return await Supervisor.Client.PostJsonAsync($"{Url}/complete");
    }
}
