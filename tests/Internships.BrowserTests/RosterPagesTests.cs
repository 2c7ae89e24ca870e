using Internships.IntegrationTests.Support;

namespace Internships.BrowserTests;

/// <summary>
/// Rostering in the browser: a coordinator uploads the SIS's OneRoster export, reads the preview, applies it, and
/// enrols a student whose courses suggest a pathway. A delta export, so the shared demo district loses nobody.
/// </summary>
public sealed class RosterPagesTests
{
    [Test]
    public async Task A_coordinator_previews_an_export_applies_it_and_confirms_a_suggested_enrolment()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var roster = new OneRosterZip { Mode = "delta" };
        var school = roster.School($"Sierra Vista High {Guid.NewGuid():N}"[..24], $"SVH-{Random.Shared.Next(100_000, 999_999)}");
        var student = roster.Student(school, "Inés", "Álvarez-Ruiz", "11", DateOnly.FromDateTime(DateTime.Today).AddYears(-16).AddDays(-30));
        roster.Student(school, "Kai", "O'Neill", "12", DateOnly.FromDateTime(DateTime.Today).AddYears(-17).AddDays(-30));
        roster.Enrol(student, roster.AddClass(roster.AddCourse(school, "ENG-101", "Introduction to Engineering Design"), "IED period 3"));

        await coordinator.GotoAsync("/coordinator/roster");
        await coordinator.GetByLabel("OneRoster zip", new() { Exact = false }).SetInputFilesAsync(new FilePayload
        {
            Name = "sierra-vista-oneroster.zip",
            MimeType = "application/zip",
            Buffer = roster.ToZip(),
        });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Preview of sierra-vista-oneroster.zip");

        // The page refreshes itself while the job reads the files.
        await Expect(coordinator.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });
        await Expect(coordinator.Locator("tr[data-tally='Students']")).ToContainTextAsync("2");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Inés Álvarez-Ruiz");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("1 pathway enrolment would be suggested");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Import of sierra-vista-oneroster.zip");
        await Expect(coordinator.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = 60_000 });
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "What changed" })).ToBeVisibleAsync();

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Review the suggestions" }).ClickAsync();
        await coordinator.GetByLabel("Inés Álvarez-Ruiz in Engineering", new() { Exact = false }).CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Enrol the chosen students" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("1 suggestion confirmed; 1 student enrolled");

        await coordinator.GotoAsync("/coordinator/students?q=Álvarez-Ruiz");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Álvarez-Ruiz, Inés" }).ClickAsync();
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Engineering Design and Innovation");

        var studentPage = await BrowserSession.OpenAsync("student@demo.local");
        await BrowserSession.ExpectTurnedAwayAsync(studentPage, "/coordinator/roster");
        await BrowserSession.ExpectTurnedAwayAsync(studentPage, "/coordinator/roster/suggestions");
    }

    [Test]
    public async Task A_zip_without_a_required_column_is_refused_on_the_page_with_the_file_and_column()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var roster = new OneRosterZip();
        roster.Omitted.Add(("users", "familyName"));

        await coordinator.GotoAsync("/coordinator/roster");
        await coordinator.GetByLabel("OneRoster zip", new() { Exact = false }).SetInputFilesAsync(new FilePayload
        {
            Name = "broken.zip",
            MimeType = "application/zip",
            Buffer = roster.ToZip(),
        });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();

        await Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("users.csv");
        await Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("familyName");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
