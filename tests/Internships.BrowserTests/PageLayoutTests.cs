namespace Internships.BrowserTests;

/// <summary>
/// Layout a finger and an eye rely on: checkboxes and radio buttons at least 24 px square and on the line of their words,
/// and a form's button as wide as its words on a desktop, not stretched across the page; tables that fit their place.
/// </summary>
public sealed class PageLayoutTests
{
    private const double MinimumTarget = 24;

    [TestCase("employer@demo.local", "/employer/postings/new")]
    [TestCase("coordinator@demo.local", "/coordinator/students")]
    [TestCase("student@demo.local", "/postings")]
    public async Task Checkboxes_are_large_enough_to_tap_and_sit_beside_their_words(string email, string path)
    {
        var page = await BrowserSession.OpenAsync(email, width: 375, height: 800);
        await page.GotoAsync(path);

        var boxes = page.Locator("main label:has(> input[type='checkbox']), main label:has(> input[type='radio'])");
        var count = await boxes.CountAsync();
        Assert.That(count, Is.GreaterThan(0), $"{path} has labelled checkboxes to measure");
        for (var i = 0; i < count; i++)
        {
            var label = boxes.Nth(i);
            if (!await label.IsVisibleAsync())
            {
                continue;
            }

            var input = await label.Locator("input").First.BoundingBoxAsync();
            var whole = await label.BoundingBoxAsync();
            var text = await label.InnerTextAsync();
            Assert.That(input, Is.Not.Null);
            Assert.Multiple(() =>
            {
                Assert.That(input!.Width, Is.GreaterThanOrEqualTo(MinimumTarget), $"'{text}' box width");
                Assert.That(input.Height, Is.GreaterThanOrEqualTo(MinimumTarget), $"'{text}' box height");
                // Beside its words: the box starts the label, and the label is not a box above a line of text.
                Assert.That(input.X, Is.EqualTo(whole!.X).Within(1), $"'{text}' box starts its label");
                Assert.That(whole.Width, Is.GreaterThan(input.Width + 8), $"'{text}' words follow the box on its line");
            });
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task A_forms_button_keeps_its_own_width_on_a_desktop()
    {
        var page = await BrowserSession.OpenAsync("employer@demo.local", width: 1280, height: 900);
        await page.GotoAsync("/settings/security");

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Change the password" });
        var form = await page.Locator("main form.form").Filter(new() { Has = button }).BoundingBoxAsync();
        var buttonBox = await button.BoundingBoxAsync();
        await page.Context.CloseAsync();

        Assert.That(buttonBox!.Width, Is.LessThan(form!.Width * 0.8), "the button is not stretched across the form");
    }

    [Test]
    public async Task The_dashboards_tables_fit_without_scrolling_sideways_on_a_desktop()
    {
        var page = await BrowserSession.OpenAsync("coordinator@demo.local", width: 1280, height: 900);
        await page.GotoAsync("/coordinator");

        var regions = page.Locator("main .grid-2.wide .table-wrap");
        Assert.That(await regions.CountAsync(), Is.EqualTo(4), "by school, grade, pathway and employer");
        var overflowing = await regions.EvaluateAllAsync<string[]>(
            "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.getAttribute('aria-label'))");
        await page.Context.CloseAsync();

        Assert.That(overflowing, Is.Empty);
    }
}
