using Internships.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// Badges designed with employers in the browser: the demo employer's admin proposes a badge (a missing skill is named
/// beside its field), the coordinator finds it in the review queue, renames it and approves it, and the employer sees it
/// approved; another proposal is declined with a reason the employer reads.
/// </summary>
public sealed class BadgeProposalPagesTests
{
    [Test]
    public async Task An_employer_proposes_a_badge_and_the_coordinator_edits_and_approves_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var name = $"Design Thinking {tag}";
        var employer = await BrowserSession.OpenAsync("employer@demo.local");
        await employer.GotoAsync("/employer/postings");
        await employer.GetByRole(AriaRole.Link, new() { Name = "Badge proposals" }).ClickAsync();
        await employer.GetByLabel("Name of the badge").FillAsync(name);
        await employer.GetByLabel("Description", new() { Exact = true }).FillAsync("Frames a problem from the user's side and tests ideas quickly.");
        await employer.GetByLabel("Criteria: what earns it").FillAsync("Runs one design sprint with a city team.");
        await employer.GetByLabel("Tasks on the job that show it (one a line, at most 10)").FillAsync("Interviews residents\nSketches three solutions");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Send the proposal" }).ClickAsync();
        await Expect(employer.Locator("[data-valmsg-for='Input.Skill']")).ToContainTextAsync("Name the skill");

        await employer.GetByLabel("The skill it stands for").FillAsync("Design thinking");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Send the proposal" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"Your proposal “{name}” is sent to the district for approval.");
        await Expect(employer.Locator("main")).ToContainTextAsync("Interviews residents");

        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/coordinator");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Badge proposals" }).ClickAsync();
        await coordinator.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await coordinator.GetByLabel("Name of the badge").FillAsync(name + " for City Teams");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"The proposal “{name} for City Teams” is saved.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve: add it to the catalogue" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is approved: it is in the catalogue");
        await coordinator.GotoAsync("/coordinator/badges");
        await Expect(coordinator.Locator("main")).ToContainTextAsync(name + " for City Teams");

        await employer.GotoAsync("/badge-proposals?status=Approved");
        await Expect(employer.Locator("tr", new() { HasText = name + " for City Teams" })).ToContainTextAsync("Approved");

        await employer.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Test]
    public async Task A_declined_proposal_shows_the_employer_the_reason()
    {
        var name = $"Spreadsheet Skills {Guid.NewGuid().ToString("N")[..6]}";
        using var employerApi = await BrowserSession.ApiAsync("employer@demo.local");
        var created = await employerApi.PostAsync("/api/badge-proposals", System.Net.Http.Json.JsonContent.Create(new
        {
            name, description = "Builds a budget in a spreadsheet.", criteria = "Builds a monthly budget.", skill = "Spreadsheets", tasks = Array.Empty<string>(),
        }));
        Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());

        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/badge-proposals");
        await coordinator.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Decline…" }).ClickAsync();
        await coordinator.GetByLabel("Reason (the employer sees it)").FillAsync("The Money Basics badge covers it.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Yes, decline" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"You declined “{name}”.");

        var employer = await BrowserSession.OpenAsync("employer@demo.local");
        await employer.GotoAsync("/badge-proposals?status=Declined");
        await employer.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(employer.Locator("main")).ToContainTextAsync("The Money Basics badge covers it.");
        await Expect(employer.GetByRole(AriaRole.Button, new() { Name = "Save the changes" })).ToHaveCountAsync(0);

        await coordinator.Context.CloseAsync();
        await employer.Context.CloseAsync();
    }
}
