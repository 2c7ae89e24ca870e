using System.Globalization;
using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;

namespace Internships.BrowserTests;

/// <summary>The work waiting for each person: the coordinator's action list, whose counts are the rows of the lists they link to.</summary>
public sealed partial class WaitingWorkPagesTests
{
    [TestCase("postings-waiting", ".cards > li.card")]
    [TestCase("missing-paperwork", "table tbody tr")]
    [TestCase("hours-waiting", "table tbody tr")]
    [TestCase("rounds-closing", "table tbody tr")]
    [TestCase("follow-ups-due", "table tbody tr")]
    public async Task A_count_on_the_dashboard_equals_the_rows_of_the_list_it_opens(string linkId, string rowSelector)
    {
        var page = await BrowserSession.OpenAsync("coordinator@demo.local");
        await page.GotoAsync("/coordinator");
        var link = page.Locator($"#{linkId}");
        var count = int.Parse(await link.Locator("strong").InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-US"));
        var list = await link.GetAttributeAsync("href");
        await link.ClickAsync();
        await page.WaitForArrivalAsync(new Regex(Regex.Escape(list!) + "$"));

        var rows = await page.Locator(rowSelector).CountAsync();
        var pager = page.Locator(".pager span, main p.muted", new() { HasTextRegex = InAll() });
        var total = await pager.CountAsync() > 0 ? int.Parse(InAll().Match(await pager.First.InnerTextAsync()).Groups[1].Value, NumberStyles.AllowThousands,
            CultureInfo.GetCultureInfo("en-US")) : rows;
        await page.Context.CloseAsync();
        Assert.Multiple(() =>
        {
            Assert.That(total, Is.EqualTo(count), $"{linkId}: the list's total");
            Assert.That(rows, Is.EqualTo(Math.Min(count, 20)), $"{linkId}: the rows on the list's first page");
        });
    }

    [Test]
    public async Task On_a_wide_screen_the_search_filters_show_without_opening_them()
    {
        var page = await BrowserSession.OpenAsync("student@demo.local");
        await page.GotoAsync("/postings");
        var keywords = await page.GetByLabel("Keywords").IsVisibleAsync();
        var onlyMine = await page.GetByLabel("Only postings open to me").IsCheckedAsync();
        await page.Context.CloseAsync();
        Assert.Multiple(() =>
        {
            Assert.That(keywords, Is.True);
            Assert.That(onlyMine, Is.True, "on by default for a student");
        });
    }

    [Test]
    public async Task The_employer_sees_counts_per_tab_and_per_posting()
    {
        var page = await BrowserSession.OpenAsync("employer@demo.local");
        await page.GotoAsync("/employer/postings");
        var openTab = await page.Locator("[data-status-count='Open']").InnerTextAsync();
        var cards = await page.Locator("li.card[data-posting]").CountAsync();
        var counted = await page.Locator("li.card[data-posting] .applicant-counts").CountAsync();
        await page.Context.CloseAsync();
        Assert.Multiple(() =>
        {
            Assert.That(openTab, Does.Match(@"^\s*\(\d+\)$"));
            Assert.That(counted, Is.EqualTo(cards).And.GreaterThan(0));
        });
    }

    [Test]
    public async Task The_coordinator_approves_a_posting_from_its_own_page_after_reading_it_in_full()
    {
        var data = await Support.JourneyData.CreateAsync();
        var page = await BrowserSession.OpenAsync("coordinator@demo.local");
        await page.GotoAsync($"/postings/{data.PostingId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "About the internship" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Return to the employer" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Reason']")).ToHaveTextAsync("Enter the reason: what the employer should change.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and open" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is open to students");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Approve and open" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"([\d,]+) in all")]
    private static partial Regex InAll();
}
