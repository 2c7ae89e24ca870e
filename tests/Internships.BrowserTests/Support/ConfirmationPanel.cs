using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests.Support;

/// <summary>
/// The question an irreversible action asks first (Pages/Shared/_Confirm.cshtml): open it, check it is accessible, then
/// cancel or answer yes.
/// </summary>
public static class ConfirmationPanel
{
    public static ILocator Of(IPage page) => page.Locator("[data-confirm]");

    /// <summary>Clicks the action and expects its question, focused, with nothing done yet (the caller checks the record).</summary>
    public static async Task AskedAsync(IPage page, ILocator action, string question, List<string>? accessibilityProblems = null)
    {
        await action.ClickAsync();
        var heading = Of(page).GetByRole(AriaRole.Heading);
        await Expect(heading).ToHaveTextAsync(question);
        await Expect(heading).ToBeFocusedAsync();
        accessibilityProblems?.AddRange(await AccessibilityTests.BlockingViolationsAsync(page, $"{new Uri(page.Url).PathAndQuery} asking “{question}”"));
    }

    public static async Task CancelAsync(IPage page)
    {
        await Of(page).GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await Expect(Of(page)).ToHaveCountAsync(0);
    }

    public static Task YesAsync(IPage page, string label) =>
        Of(page).GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();

    /// <summary>One more adult student of the journey's school and pathway, with an account, who applied to its posting.</summary>
    public static async Task<(string Email, string Name, int ApplicationId, int StudentId)> ApplicantAsync(JourneyData data, string firstName)
    {
        var coordinator = await BrowserSession.ApiAsync("coordinator@demo.local");
        var admin = await BrowserSession.ApiAsync("admin@demo.local");
        var key = $"{firstName.ToLowerInvariant()}-{data.Tag}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var student = await PostAsync(coordinator, "/api/students", new
        {
            sisId = $"C-{key}", firstName, lastName = $"Reyes{data.Tag}", email = $"{key}@students.example", grade = 12,
            dateOfBirth = today.AddYears(-18).AddDays(-60), schoolId = data.SchoolId,
        });
        var studentId = student["id"]!.GetValue<int>();
        await PostAsync(coordinator, $"/api/students/{studentId}/enrolments", new { pathwayId = data.PathwayId });
        await PostAsync(admin, "/api/users", new { email = $"{key}@students.example", password = data.Password, role = "Student", studentId });
        var applicant = await BrowserSession.ApiAsync($"{key}@students.example", data.Password);
        var application = await PostAsync(applicant, $"/api/postings/{data.PostingId}/applications", new { statement = $"{firstName} would like to learn the lab's work." });
        return ($"{key}@students.example", $"{firstName} Reyes{data.Tag}", application["id"]!.GetValue<int>(), studentId);
    }

    /// <summary>A field of a record as the API reads it now (a status, say), to prove what a click did or did not change.</summary>
    public static async Task<string> ReadAsync(HttpClient client, string path, string field) =>
        (await client.GetFromJsonAsync<JsonObject>(path))![field]!.ToString();

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"POST {path}: {(int)response.StatusCode} {text}");
        return (JsonNode.Parse(text) as JsonObject)!;
    }
}
