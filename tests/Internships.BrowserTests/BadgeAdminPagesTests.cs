using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.BrowserTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.BrowserTests;

/// <summary>
/// A coordinator awards a badge by hand from the catalogue page, sends its e-mail again from the log after it failed,
/// then revokes the award; its public page says so.
/// </summary>
public sealed class BadgeAdminPagesTests
{
    [Test]
    public async Task A_coordinator_awards_a_badge_by_sis_id_and_revokes_it_with_a_reason()
    {
        // A senior, not the demo student, so the screenshots of the demo student's pages stay as the demo made them.
        using var coordinatorApi = await BrowserSession.ApiAsync("coordinator@demo.local");
        var record = (await coordinatorApi.GetFromJsonAsync<JsonObject>("/api/students?grade=12&pageSize=1"))!["items"]![0]!;
        var studentId = record["id"]!.GetValue<int>();
        var sisId = record["sisId"]!.GetValue<string>();
        var studentName = $"{record["firstName"]} {record["lastName"]}";
        var held = (await coordinatorApi.GetFromJsonAsync<JsonObject>($"/api/awards?studentId={studentId}&pageSize=100"))!["items"]!.AsArray()
            .Select(a => a!["badgeName"]!.GetValue<string>()).ToHashSet();
        var badge = (await coordinatorApi.GetFromJsonAsync<JsonObject>("/api/badges?recipientType=Student&pageSize=100"))!["items"]!.AsArray()
            .First(b => b!["isActive"]!.GetValue<bool>() && !held.Contains(b["name"]!.GetValue<string>()))!;
        var badgeName = badge["name"]!.GetValue<string>();

        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/coordinator/badges");
        var card = coordinator.Locator("li.card", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = badgeName, Exact = true }) });
        await card.GetByLabel("Student SIS id").FillAsync("NO-SUCH-ID");
        await card.GetByRole(AriaRole.Button, new() { Name = "Award" }).ClickAsync();
        await Expect(coordinator.Locator("[data-valmsg-for='Input.StudentSisId']")).ToContainTextAsync("No student has the SIS id 'NO-SUCH-ID'");

        card = coordinator.Locator("li.card", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = badgeName, Exact = true }) });
        await card.GetByLabel("Student SIS id").FillAsync(sisId);
        await card.GetByLabel("Evidence (optional)").FillAsync("Finished the district's workshop series.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Award" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"holds “{badgeName}” now");

        var latest = coordinator.Locator("[data-award]", new() { HasText = badgeName }).Filter(new() { HasText = studentName }).First;
        var publicPage = await latest.GetByRole(AriaRole.Link, new() { Name = badgeName }).GetAttributeAsync("href");
        // Revoking asks first: what it does, and the reason, appear in the question; the first click and Cancel change nothing.
        var problems = new List<string>();
        var question = $"Revoke “{badgeName}” of {studentName}?";
        await ConfirmationPanel.AskedAsync(coordinator, latest.GetByRole(AriaRole.Button, new() { Name = "Revoke" }), question, problems);
        await Expect(ConfirmationPanel.Of(coordinator)).ToContainTextAsync("cannot be undone");
        await ConfirmationPanel.CancelAsync(coordinator);
        await Expect(latest).ToBeVisibleAsync();
        await ConfirmationPanel.AskedAsync(coordinator, latest.GetByRole(AriaRole.Button, new() { Name = "Revoke" }), question);
        await ConfirmationPanel.YesAsync(coordinator, "Yes, revoke the badge");
        await Expect(ConfirmationPanel.Of(coordinator).Locator("[data-valmsg-for='Input.Reason']")).ToContainTextAsync("Say why the badge is revoked");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "revoke confirmation with a missing reason"));
        await ConfirmationPanel.Of(coordinator).GetByLabel("Reason to revoke (verifiers read it)").FillAsync("Awarded to the wrong student.");
        await ConfirmationPanel.YesAsync(coordinator, "Yes, revoke the badge");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is revoked");

        // The award queued an e-mail to the student; say it failed, and the coordinator sends it again from the log.
        await using (var scope = BrowserSession.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Internships.Infrastructure.Persistence.AppDbContext>();
            var id = await db.Notifications.MaxAsync(n => n.Id);
            await db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(n => n.Status, Internships.Domain.Notifications.NotificationStatus.Failed)
                .SetProperty(n => n.LastError, "550 mailbox unavailable")
                .SetProperty(n => n.LeaseId, (Guid?)null));
        }

        await coordinator.GotoAsync("/coordinator/notifications?status=Failed");
        var failed = coordinator.Locator("[data-notification]", new() { HasText = "550 mailbox unavailable" }).First;
        await Expect(failed).ToContainTextAsync(badgeName);
        await failed.GetByRole(AriaRole.Button, new() { Name = "Send again" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("will be sent again shortly");

        var anonymous = await BrowserSession.OpenAsync();
        await anonymous.GotoAsync(publicPage!);
        await Expect(anonymous.Locator("main")).ToContainTextAsync("Revoked");
        Assert.That(problems, Is.Empty);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
