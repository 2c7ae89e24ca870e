using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// A micro-credential cohort in the browser: the trainer takes the session's attendance on the roster; the participant
/// (an adult on the after-school staff) sees the session met on their checklist and marks the online module complete
/// with a link. Both pages pass the axe-core check.
/// </summary>
public sealed class ProgrammePagesTests
{
    private const string Password = "Programme!2345";

    [Test]
    public async Task The_trainer_takes_attendance_and_the_participant_follows_and_completes_their_checklist()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var coordinator = await BrowserSession.ApiAsync("coordinator@demo.local");
        var admin = await BrowserSession.ApiAsync("admin@demo.local");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
        var agency = Id(await PostAsync(coordinator, "/api/employers", new
        {
            name = $"Westside Youth Center {tag}", industry = "After-school programme", contactEmail = $"office-{tag}@westside.example",
        }));
        var trainerEmail = $"trainer-{tag}@consortium.example";
        var trainerId = Id(await PostAsync(admin, "/api/users", new { email = trainerEmail, password = Password, role = "EmployerAdmin", employerId = agency }));
        var participantEmail = $"staff-{tag}@westside.example";
        var participantId = Id(await PostAsync(admin, "/api/users", new { email = participantEmail, password = Password, role = "EmployerAdmin", employerId = agency }));
        var badge = Id(await PostAsync(coordinator, "/api/badges", new
        {
            name = $"STEM Facilitator {tag}", description = "Leads hands-on STEM with youth.", criteria = "Complete the blended STEM micro-credential.",
            kind = "Competency", recipientType = "Person", color = "#00695C", skills = new[] { "Inquiry" },
        }));
        var programmeName = $"Blended STEM {tag}";
        var programme = Id(await PostAsync(coordinator, "/api/programmes", new
        {
            name = programmeName, description = "For after-school staff.", badgeClassId = badge, pdHoursTarget = 6.5m, feeAmount = 150m,
            requirements = new object[]
            {
                new { kind = "Session", title = "Face-to-face training", pdHours = 3m },
                new { kind = "OnlineModule", title = "Online module: inquiry", pdHours = 1.5m },
            },
        }));
        var cohort = Id(await PostAsync(coordinator, $"/api/programmes/{programme}/cohorts", new
        {
            name = "Spring", startsOn = today, endsOn = today.AddDays(30), capacity = 10, trainerUserId = trainerId,
        }));
        await PostAsync(coordinator, $"/api/cohorts/{cohort}/enrolments", new { userId = participantId, name = $"Dana Brooks {tag}", organisationId = agency });

        var trainer = await BrowserSession.OpenAsync(trainerEmail, Password);
        await trainer.GotoAsync("/programmes");
        await trainer.GetByRole(AriaRole.Link, new() { Name = $"{programmeName}: Spring" }).ClickAsync();
        Assert.That(await AccessibilityTests.BlockingViolationsAsync(trainer, "roster"), Is.Empty);
        await trainer.GetByLabel($"Dana Brooks {tag} was present").CheckAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Save the attendance" }).ClickAsync();
        await Expect(trainer.GetByRole(AriaRole.Status)).ToContainTextAsync("Attendance saved: 1 of 1 present.");

        var participant = await BrowserSession.OpenAsync(participantEmail, Password);
        await participant.GotoAsync("/programmes");
        await participant.GetByRole(AriaRole.Link, new() { Name = programmeName }).ClickAsync();
        await Expect(participant.Locator("[data-step='1']")).ToContainTextAsync("Met");
        await Expect(participant.Locator("[data-step='1']")).ToContainTextAsync("Present");
        Assert.That(await AccessibilityTests.BlockingViolationsAsync(participant, "checklist"), Is.Empty);

        await participant.GetByLabel("What you did in the module").FillAsync("Finished the inquiry module and planned a bridge-building activity.");
        await participant.GetByLabel("Link to your certificate or work (optional)").FillAsync("https://learn.example/certificates/42");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Mark the module complete" }).ClickAsync();
        await Expect(participant.GetByRole(AriaRole.Status)).ToContainTextAsync($"You completed “{programmeName}”: your badge is awarded.");
        await Expect(participant.Locator("#completed")).ToContainTextAsync("earned its badge");
        await Expect(participant.Locator("main")).ToContainTextAsync("4.5 PD hours");
        var transcript = await participant.RunAndWaitForDownloadAsync(() =>
            participant.GetByRole(AriaRole.Link, new() { Name = "Download the PD hours transcript (PDF)" }).ClickAsync());
        Assert.That(transcript.SuggestedFilename, Does.StartWith("pd-transcript-").And.EndWith(".pdf"));

        await trainer.Context.CloseAsync();
        await participant.Context.CloseAsync();
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{path}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static int Id(JsonObject resource) => resource["id"]!.GetValue<int>();
}
