using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// Pathway guidance in the browser, no script needed: a student takes the interest questionnaire on a phone (a missed
/// statement is pointed out by the error summary), sees the pathways that suit them with the reasons, and a coordinator
/// confirms an enrolment in one with one button; the dashboard counts the interest. Each page passes the axe check.
/// </summary>
public sealed class PathwayGuidancePagesTests
{
    private const string Password = "Guidance!2345";

    [Test]
    public async Task A_student_takes_the_questionnaire_on_a_phone_and_a_coordinator_enrols_them_in_a_suggested_pathway()
    {
        var (studentId, email, schoolId) = await CreateStudentAsync();
        var problems = new List<string>();
        var student = await BrowserSession.OpenAsync(email, Password, width: 390, height: 844);

        await student.GotoAsync("/");
        await student.GetByRole(AriaRole.Link, new() { Name = "Pathway guidance" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/student/interests$"));
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/student/interests"));

        // Keen on helping people (Social, every 4th of 6) and organising (Conventional, every 6th); statement 2 left out.
        var statements = student.Locator("fieldset.statement");
        await Expect(statements).ToHaveCountAsync(30);
        for (var i = 0; i < 30; i++)
        {
            if (i != 1)
            {
                await statements.Nth(i).GetByLabel(i % 6 is 3 or 5 ? "I'd love it" : "Not for me", new() { Exact = true }).CheckAsync();
            }
        }

        await student.GetByRole(AriaRole.Button, new() { Name = "See my pathways" }).ClickAsync();
        var summary = student.Locator(".error-summary");
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(summary).ToContainTextAsync("Choose an answer for “Work out why an experiment gave a strange result”.");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/student/interests (refused)"));
        // The answers given are still checked; the link in the summary leads to the statement left out.
        await Expect(statements.Nth(3).GetByLabel("I'd love it")).ToBeCheckedAsync();
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await statements.Nth(1).GetByLabel("Not for me").CheckAsync();
        await student.GetByRole(AriaRole.Button, new() { Name = "See my pathways" }).ClickAsync();

        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("Your answers are saved:");
        await Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Pathways that suit your interests" })).ToBeVisibleAsync();
        await Expect(student.Locator(".suggestions .reason").First).ToContainTextAsync("You enjoy helping people (Social) and organising things (Conventional)");
        await Expect(student.Locator("main")).ToContainTextAsync("interest code SCR");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/student/interests (suggestions)"));
        await Expect(student.GetByRole(AriaRole.Link, new() { Name = "Take it again" })).ToBeVisibleAsync();

        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync($"/coordinator/students/{studentId}");
        var guidance = coordinator.Locator("section", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = "Pathway guidance" }) });
        await Expect(guidance.Locator(".reason").First).ToContainTextAsync("You enjoy helping people (Social)");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/students/{id} (guidance)"));
        var confirm = guidance.Locator(".suggestions li").First.GetByRole(AriaRole.Button);
        var pathway = (await confirm.TextContentAsync())!.Replace("Confirm: enrol in ", "", StringComparison.Ordinal).Trim();
        await confirm.ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"is enrolled in {pathway}");
        await Expect(guidance.Locator(".suggestions li").First).ToContainTextAsync("Enrolled");
        await Expect(guidance.Locator(".suggestions li").First.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        await coordinator.GotoAsync($"/coordinator?schoolId={schoolId}");
        var row = coordinator.Locator(".pathway-interest tr", new() { Has = coordinator.GetByRole(AriaRole.Rowheader, new() { Name = pathway, Exact = true }) });
        await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("1");
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("1");

        await student.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }

    /// <summary>A sophomore of a new school, with an account, made through the API by the demo coordinator and administrator.</summary>
    private static async Task<(int StudentId, string Email, int SchoolId)> CreateStudentAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var coordinator = await BrowserSession.ApiAsync("coordinator@demo.local");
        var admin = await BrowserSession.ApiAsync("admin@demo.local");
        var schoolId = await IdOfAsync(coordinator, "/api/schools", new { name = $"Guidance High {tag}", code = $"GH-{tag}", city = "Fresno" });
        var email = $"noor-{tag}@students.example";
        var studentId = await IdOfAsync(coordinator, "/api/students", new
        {
            sisId = $"G-{tag}", firstName = "Noor", lastName = $"Haddad{tag}", email, grade = 10,
            dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-15).AddDays(-60), schoolId,
        });
        await IdOfAsync(admin, "/api/users", new { email, password = Password, role = "Student", studentId });
        return (studentId, email, schoolId);
    }

    private static async Task<int> IdOfAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
    }
}
