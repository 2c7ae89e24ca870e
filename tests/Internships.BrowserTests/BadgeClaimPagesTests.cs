using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// Out-of-classroom learning in the browser: a student claims a badge with what they did, a link and a PDF; a bad link is
/// named beside its field; the coordinator finds the claim in the queue, reads it and approves it; the badge is then in
/// the student's backpack.
/// </summary>
public sealed class BadgeClaimPagesTests
{
    [Test]
    public async Task A_student_claims_a_badge_the_coordinator_approves_it_and_the_student_holds_it()
    {
        var data = await JourneyData.CreateAsync();
        var badgeName = $"Peer Tutor {data.Tag}";
        var coordinatorApi = await BrowserSession.ApiAsync("coordinator@demo.local");
        var created = await coordinatorApi.PostAsJsonAsync("/api/badges", new
        {
            name = badgeName, description = "Tutored other students.", criteria = "Tutor peers for 20 hours.", kind = "Competency",
            recipientType = "Student", color = "#6A1B9A", skills = new[] { "Explaining" }, allowsClaims = true,
        });
        Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());

        var student = await BrowserSession.OpenAsync(data.StudentEmail, data.Password);
        await student.GotoAsync("/student");
        await student.GetByRole(AriaRole.Link, new() { Name = "Badge claims" }).ClickAsync();
        await student.GetByRole(AriaRole.Link, new() { Name = "Claim a badge" }).ClickAsync();
        await student.GetByLabel("Badge", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = badgeName });
        await student.GetByLabel("What you did").FillAsync("I tutored four classmates in algebra twice a week for a term: 24 hours.");
        await student.GetByLabel("Links to your work (optional)").FillAsync("ftp://tutoring.example/log");
        await student.GetByRole(AriaRole.Button, new() { Name = "Send the claim" }).ClickAsync();
        await Expect(student.Locator("[data-valmsg-for='Input.Links']")).ToContainTextAsync("starting with https://");

        await student.GetByLabel("Links to your work (optional)").FillAsync("https://tutoring.example/log");
        await student.GetByLabel("A document (optional)").SetInputFilesAsync(SamplePdf.File("tutoring-log.pdf"));
        await student.GetByRole(AriaRole.Button, new() { Name = "Send the claim" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync($"Your claim to “{badgeName}” is sent for review.");
        await Expect(student.Locator(".claims .card", new() { HasText = badgeName })).ToContainTextAsync("Submitted");

        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/coordinator");
        await Expect(coordinator.Locator("#claims-waiting")).ToContainTextAsync("for review");
        await coordinator.Locator("#claims-waiting").ClickAsync();
        await coordinator.Locator("tr", new() { HasText = badgeName }).GetByRole(AriaRole.Link, new() { Name = data.StudentName }).ClickAsync();
        await Expect(coordinator.Locator("main")).ToContainTextAsync("I tutored four classmates");
        var download = await coordinator.RunAndWaitForDownloadAsync(() =>
            coordinator.GetByRole(AriaRole.Link, new() { Name = "Download tutoring-log.pdf" }).ClickAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo("tutoring-log.pdf"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve and award the badge" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{badgeName}” is awarded.");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("The badge was awarded with this claim as its evidence.");

        await student.GotoAsync("/student/badges");
        await Expect(student.Locator(".backpack .card", new() { HasText = badgeName })).ToBeVisibleAsync();
        await student.GotoAsync("/student/claims");
        await Expect(student.Locator(".claims .card", new() { HasText = badgeName })).ToContainTextAsync("Approved");

        await student.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}
