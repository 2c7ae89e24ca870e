namespace Internships.BrowserTests;

/// <summary>
/// A list's "Next" link opens its next page. The lists take their page number from the address (?page=2), and Razor
/// Pages also names the page itself "page" in its route values; the number must be read from the address alone.
/// </summary>
public sealed class PagingTests
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [TestCase("/coordinator/students")]
    [TestCase("/placements")]
    public async Task Next_opens_the_second_page_of_a_list(string path)
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync(path);
        var pager = coordinator.Locator("nav.pager");
        await Expect(pager).ToContainTextAsync("Page 1 of");
        var firstRow = await coordinator.Locator("main table tbody tr").First.InnerTextAsync();

        await pager.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();

        await Expect(pager).ToContainTextAsync("Page 2 of");
        Assert.That(new Uri(coordinator.Url).Query, Does.Contain("page=2"));
        Assert.That(await coordinator.Locator("main table tbody tr").First.InnerTextAsync(), Is.Not.EqualTo(firstRow),
            "the second page lists other records");
        await coordinator.Context.CloseAsync();
    }
}
