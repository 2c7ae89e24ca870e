using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Internships.BrowserTests.Support;

// BrowserSession (the run-wide set-up) lives in the root namespace, so it wraps every test.

/// <summary>
/// What the journey starts from, made through the HTTP API by the demo coordinator and administrator: a pathway, an
/// employer with its admin and a supervisor, an adult student enrolled in the pathway, a completion badge for the
/// pathway, a submitted posting that starts today, and an open one that requires the badge.
/// </summary>
public sealed record JourneyData(
    string Tag,
    string StudentEmail,
    string EmployerEmail,
    string SupervisorEmail,
    string Password,
    string StudentName,
    string BadgeName,
    int PostingId,
    string PostingTitle,
    int LadderPostingId)
{
    /// <summary>The journey's pathway and school, for more students like its own (see <c>ConfirmationData</c>).</summary>
    public int PathwayId { get; init; }

    public int SchoolId { get; init; }

    public static async Task<JourneyData> CreateAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        const string password = "Journey!2345";
        var coordinator = await BrowserSession.ApiAsync("coordinator@demo.local");
        var admin = await BrowserSession.ApiAsync("admin@demo.local");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));

        var schoolId = Id(await PostAsync(coordinator, "/api/schools", new { name = $"Journey High {tag}", code = $"JH-{tag}", city = "Fresno" }));
        var pathwayId = Id(await PostAsync(coordinator, "/api/pathways", new
        {
            name = $"Water Technology {tag}", sector = "EnergyEnvironmentAndUtilities", description = "Treatment of drinking water.",
            courseSequence = new[] { "Earth Science", "Water Systems" },
        }));
        var employerId = Id(await PostAsync(coordinator, "/api/employers", new
        {
            name = $"Kings River Water {tag}", industry = "Public utility", contactEmail = $"hr-{tag}@krwa.example",
            partnerAgreementSignedOn = today.AddYears(-1), partnerAgreementExpiresOn = today.AddYears(1),
        }));
        var employerEmail = $"employer-{tag}@krwa.example";
        await PostAsync(admin, "/api/users", new { email = employerEmail, password, role = "EmployerAdmin", employerId });
        var supervisorId = Id(await PostAsync(coordinator, $"/api/employers/{employerId}/supervisors", new
        {
            firstName = "Lee", lastName = $"Chen{tag}", email = $"lee-{tag}@krwa.example", jobTitle = "Operator",
        }));
        var supervisorEmail = $"lee-{tag}@krwa.example";
        await PostAsync(admin, "/api/users", new { email = supervisorEmail, password, role = "Supervisor", supervisorId });

        var studentId = Id(await PostAsync(coordinator, "/api/students", new
        {
            sisId = $"J-{tag}", firstName = "Maya", lastName = $"Ortiz{tag}", email = $"maya-{tag}@students.example", grade = 12,
            dateOfBirth = today.AddYears(-18).AddDays(-30), schoolId,
        }));
        await PostAsync(coordinator, $"/api/students/{studentId}/enrolments", new { pathwayId });
        var studentEmail = $"maya-{tag}@students.example";
        await PostAsync(admin, "/api/users", new { email = studentEmail, password, role = "Student", studentId });

        var badgeName = $"Water Technician {tag}";
        var badgeId = Id(await PostAsync(coordinator, "/api/badges", new
        {
            name = badgeName, description = "Completed a water technology internship.", criteria = "Complete an internship in Water Technology.",
            kind = "Completion", recipientType = "Student", color = "#1565C0", endorsingEmployerId = (int?)null, validityMonths = (int?)null,
            skills = new[] { "Sampling", "Lab safety" }, alignments = Array.Empty<object>(), prerequisiteIds = Array.Empty<int>(),
            awardRule = new { pathwayId, competencyKey = (string?)null, minimumScore = (int?)null },
        }));

        var employer = await BrowserSession.ApiAsync(employerEmail, password);
        var title = $"Water quality lab intern {tag}";
        var postingId = Id(await PostAsync(employer, "/api/postings", Posting(title, pathwayId, supervisorId, today, [])));
        await PostAsync(employer, $"/api/postings/{postingId}/submit", null);

        var ladderId = Id(await PostAsync(employer, "/api/postings", Posting($"Senior water technician {tag}", pathwayId, supervisorId, today, [badgeId])));
        await PostAsync(employer, $"/api/postings/{ladderId}/submit", null);
        await PostAsync(coordinator, $"/api/postings/{ladderId}/approve", null);

        return new JourneyData(tag, studentEmail, employerEmail, supervisorEmail, password, $"Maya Ortiz{tag}", badgeName, postingId, title, ladderId)
        {
            PathwayId = pathwayId, SchoolId = schoolId,
        };
    }

    private static object Posting(string title, int pathwayId, int supervisorId, DateOnly today, int[] requiredBadgeIds) => new
    {
        title, description = "Sample wells and test water with our lab technicians.", pathwayIds = new[] { pathwayId }, hourlyWage = 18.50m,
        hoursPerWeek = 10m, startDate = today, endDate = today.AddDays(90), slots = 2, location = "Reedley treatment plant", isRemote = false,
        applicationDeadline = today, eligibleGrades = new[] { 11, 12 }, minimumAge = (int?)null, supervisorId, requiredHours = 4m, requiredBadgeIds,
    };

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object? body)
    {
        var response = body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? [] : (JsonNode.Parse(text) as JsonObject ?? []);
    }

    private static int Id(JsonObject resource) => resource["id"]!.GetValue<int>();
}
