using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;

namespace Internships.BrowserTests;

/// <summary>
/// Reports and e-mail settings in the browser: a coordinator requests a term summary and downloads the PDF the job
/// produced; a student requests their placement's report; a student turns off non-essential e-mail.
/// </summary>
public sealed class ReportAndSettingsPagesTests
{
    [Test]
    public async Task A_coordinator_requests_a_term_summary_and_downloads_it_when_the_job_has_made_it()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var anonymous = await BrowserSession.OpenAsync();
        var name = $"Browser summary {Guid.NewGuid():N}"[..24];

        await coordinator.GotoAsync("/reports");
        await coordinator.GetByLabel("Name (optional)").FillAsync(name);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Request the summary" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{name}” is being prepared");

        var row = coordinator.Locator("tr", new() { HasText = name });
        var download = row.GetByRole(AriaRole.Link, new() { Name = "Download PDF" });
        for (var attempt = 0; attempt < 60 && await download.CountAsync() == 0; attempt++)
        {
            // The job server makes the PDF in the background; the page shows it once it is ready.
            await coordinator.WaitForTimeoutAsync(500);
            await coordinator.ReloadAsync();
        }

        var href = await download.GetAttributeAsync("href");
        var pdf = await coordinator.APIRequest.GetAsync(href!);
        Assert.That(pdf.Status, Is.EqualTo(200));
        Assert.That(pdf.Headers["content-type"], Is.EqualTo("application/pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]), Is.EqualTo("%PDF-"));

        var refused = await anonymous.APIRequest.GetAsync(href!, new() { MaxRedirects = 0 });
        Assert.That(refused.Status, Is.EqualTo(302), "signed out, the file is not served");
    }

    [Test]
    public async Task A_student_requests_their_placement_report_and_turns_off_optional_email()
    {
        var student = await BrowserSession.OpenAsync("student@demo.local", width: 375, height: 800);

        await student.GotoAsync("/placements");
        await student.Locator("main a[href^='/placements/']").First.ClickAsync();
        await student.GetByRole(AriaRole.Button, new() { Name = "Request the PDF report" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/reports$"));
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("is being prepared");
        await Expect(student.GetByRole(AriaRole.Button, new() { Name = "Request the summary" })).ToHaveCountAsync(0);

        await student.GotoAsync("/settings/notifications");
        var optional = student.GetByLabel("Also send me the other notifications", new() { Exact = false });
        await Expect(optional).ToBeCheckedAsync();
        await optional.UncheckAsync();
        await student.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("only the essential notifications");
        await Expect(optional).Not.ToBeCheckedAsync();

        // Back as it was, for the other browser tests that share the demo district.
        await optional.CheckAsync();
        await student.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("every notification");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
