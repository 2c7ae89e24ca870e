using Internships.BrowserTests.Support;
using MiniExcelLibs;

namespace Internships.BrowserTests;

/// <summary>
/// A coordinator's term in the browser: records a site visit with a follow-up and marks it done, exports placements to
/// XLSX (read back here), and produces the CALPADS extract, fixing an error from the page.
/// </summary>
public sealed class StateReportingPagesTests
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static DateOnly DistrictToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));

    [Test]
    public async Task A_coordinator_records_a_site_visit_with_a_follow_up_and_marks_it_done()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var note = $"Visited the worksite {Guid.NewGuid():N}"[..36];
        var followUp = $"Send the checklist {Guid.NewGuid():N}"[..30];

        await coordinator.GotoAsync("/placements?status=Active");
        await coordinator.Locator("table a[href^='/placements/']").First.ClickAsync();
        var placementUrl = coordinator.Url;
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Record a visit or contact" }).ClickAsync();
        await coordinator.GetByLabel("Kind").SelectOptionAsync("SiteVisit");
        await coordinator.GetByLabel("Student", new() { Exact = true }).CheckAsync();
        await coordinator.GetByLabel("Supervisor", new() { Exact = true }).CheckAsync();
        await coordinator.GetByLabel("Notes").FillAsync(note);
        await coordinator.GetByLabel("Follow-up", new() { Exact = true }).FillAsync(followUp);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Expect(coordinator.Locator("span.error", new() { HasText = "Enter the day the follow-up is due." })).ToBeVisibleAsync();

        await coordinator.GetByLabel("Follow-up due").FillAsync(DistrictToday.AddDays(2).ToString("yyyy-MM-dd"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is recorded; the follow-up is due");
        Assert.That(coordinator.Url, Does.StartWith(placementUrl.Split('#')[0]));
        await Expect(coordinator.Locator("#visits-section")).ToContainTextAsync(note);

        await coordinator.GotoAsync("/coordinator/follow-ups");
        var row = coordinator.Locator("tr", new() { HasText = followUp });
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is done");
        await Expect(coordinator.Locator("tr", new() { HasText = followUp })).ToHaveCountAsync(0);

        var student = await BrowserSession.OpenAsync("student@demo.local");
        await BrowserSession.ExpectTurnedAwayAsync(student, "/coordinator/follow-ups");
    }

    [Test]
    public async Task A_coordinator_exports_placements_to_xlsx_and_the_file_holds_the_list()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/placements?status=Completed");
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(await coordinator.Locator(".pager, p.muted").Last.InnerTextAsync(), "(\\d+) in all").Groups[1].Value);

        var href = await coordinator.GetByRole(AriaRole.Link, new() { Name = "XLSX" }).GetAttributeAsync("href");
        Assert.That(href, Does.Contain("status=Completed").And.Contain("handler=Export"));
        var response = await coordinator.APIRequest.GetAsync(href!);
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(response.Headers["content-disposition"], Does.Contain("placements.xlsx"));
        var rows = MiniExcel.Query(new MemoryStream(await response.BodyAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.That(rows, Has.Count.EqualTo(total));
        Assert.That(rows.Select(r => r["Status"]?.ToString()), Is.All.EqualTo("Completed"));
        Assert.That(rows.Select(r => Convert.ToDecimal(r["Approved hours"])), Is.All.GreaterThan(0m), "completed internships have their hours");
        Assert.That(rows.All(r => Convert.ToDecimal(r["Wages earned"], System.Globalization.CultureInfo.InvariantCulture)
            == Math.Round(Convert.ToDecimal(r["Approved hours"], System.Globalization.CultureInfo.InvariantCulture)
                * Convert.ToDecimal(r["Hourly wage"], System.Globalization.CultureInfo.InvariantCulture), 2)));
    }

    [Test]
    public async Task A_coordinator_produces_the_calpads_extract_and_fixes_an_error_from_the_page()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/coordinator/calpads");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "CALPADS work-based learning (WBLR)" })).ToBeVisibleAsync();
        var errors = int.Parse(await coordinator.Locator("#error-count").InnerTextAsync());
        Assert.That(errors, Is.GreaterThan(0), "the demo district's students have no SSID yet");

        var ssidField = coordinator.Locator("input[name='Input.Ssid']").First;
        await ssidField.FillAsync("12345");
        await ssidField.Locator("xpath=..").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(coordinator.Locator("span.error").First).ToContainTextAsync("ten-digit");

        await coordinator.Locator("input[name='Input.Ssid']").First.FillAsync($"9{Random.Shared.NextInt64(100_000_000, 999_999_999)}");
        await coordinator.Locator("input[name='Input.Ssid']").First.Locator("xpath=..").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The SSID is recorded");
        Assert.That(int.Parse(await coordinator.Locator("#error-count").InnerTextAsync()), Is.LessThan(errors));

        var href = await coordinator.Locator("#download-valid, #download").First.GetAttributeAsync("href");
        var file = await coordinator.APIRequest.GetAsync(new Uri(new Uri(coordinator.Url), href!).ToString());
        Assert.That(file.Status, Is.EqualTo(200));
        Assert.That(file.Headers["content-disposition"], Does.Contain("WBLR_"));
        var lines = (await file.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.All.Matches<string>(l => l!.StartsWith("WBLR^", StringComparison.Ordinal) && l.Split('^').Length == 16));
        Assert.That(lines, Has.Length.EqualTo(int.Parse(await coordinator.Locator("#record-count").InnerTextAsync())));
    }
}
