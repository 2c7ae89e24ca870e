using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// A micro-credential cohort in the browser: the trainer takes the session's attendance on the roster; the participant
/// (an adult on the after-school staff) sees the session met on their checklist and marks the online module complete
/// with a link. Both pages pass the axe-core check. A coordinator sets up a programme in the editor (its rows moved by
/// posting the form back) and opens its first cohort; the editor passes the axe-core check, refused and saved.
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

    [Test]
    public async Task A_coordinator_sets_up_a_programme_in_the_editor_and_opens_its_first_cohort()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var coordinatorApi = await BrowserSession.ApiAsync("coordinator@demo.local");
        var badgeName = $"Youth Mentor {tag}";
        await PostAsync(coordinatorApi, "/api/badges", new
        {
            name = badgeName, description = "Mentors youth in after-school programmes.", criteria = "Complete the youth mentoring programme.",
            kind = "Competency", recipientType = "Person", color = "#6A1B9A", skills = new[] { "Mentoring" },
        });
        var programmeName = $"Youth mentoring {tag}";

        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/programmes");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Programme editor" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "New programme" }).ClickAsync();
        await coordinator.GetByLabel("Programme name").FillAsync(programmeName);
        await coordinator.GetByLabel("Description").FillAsync("Coaching and an observation for new youth mentors.");
        await coordinator.GetByLabel("Badge it earns").SelectOptionAsync(new SelectOptionValue { Label = badgeName });
        await coordinator.GetByLabel("PD hours target (optional)").FillAsync("4");
        var step1 = coordinator.Locator("[data-row='0']");
        await step1.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Observation" });
        await step1.GetByLabel("What it asks").FillAsync("Observed mentoring session");
        await step1.GetByLabel("PD hours it earns").FillAsync("1");
        await step1.GetByLabel("Rubric criteria, one a line (observation only)").FillAsync("Listens first\nSets goals with the youth");
        var step2 = coordinator.Locator("[data-row='1']");
        await step2.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Coaching" });
        await step2.GetByLabel("What it asks").FillAsync("Coaching calls");
        await step2.GetByLabel("PD hours it earns").FillAsync("2");
        await step2.GetByLabel("Coaching sessions it takes (coaching only)").FillAsync("3");

        // The observation comes last: moved down by posting the form back, nothing saved yet.
        await step1.GetByRole(AriaRole.Button, new() { Name = "Move down" }).ClickAsync();
        await Expect(coordinator.Locator("[data-row='0']").GetByLabel("What it asks")).ToHaveValueAsync("Coaching calls");
        // Saved without the observation's passing total: the message is beside the field, the error summary at the top.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Create the programme" }).ClickAsync();
        await Expect(coordinator.Locator("[data-row='1'] [data-valmsg-for='Input.Requirements[1].PassingScore']")).ToContainTextAsync("passing");
        Assert.That(await AccessibilityTests.BlockingViolationsAsync(coordinator, "programme editor with a refused field"), Is.Empty);

        await coordinator.Locator("[data-row='1']").GetByLabel("Passing total (observation only)").FillAsync("6");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Create the programme" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{programmeName}” is set up");
        Assert.That(await AccessibilityTests.BlockingViolationsAsync(coordinator, "programme editor"), Is.Empty);

        await coordinator.GetByLabel("Cohort name").FillAsync("Fall mentors");
        await coordinator.GetByLabel("Places (capacity)").FillAsync("8");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Open the cohort" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The cohort “Fall mentors” is open");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Fall mentors" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = $"{programmeName}: Fall mentors" })).ToBeVisibleAsync();
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Enrol" })).ToBeVisibleAsync();
        Assert.That(await AccessibilityTests.BlockingViolationsAsync(coordinator, "cohort roster with the enrol form"), Is.Empty);

        await coordinator.Context.CloseAsync();
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{path}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static int Id(JsonObject resource) => resource["id"]!.GetValue<int>();
}
