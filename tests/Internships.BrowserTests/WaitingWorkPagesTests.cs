using System.Globalization;
using System.Text.RegularExpressions;

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
        await link.ClickAsync();
        await page.WaitForLoadStateAsync();

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

    [GeneratedRegex(@"([\d,]+) in all")]
    private static partial Regex InAll();
}
