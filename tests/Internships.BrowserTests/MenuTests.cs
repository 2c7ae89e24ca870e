namespace Internships.BrowserTests;

/// <summary>The menu marks one item as the current page: a section's item on the pages under it, a role's home only on itself.</summary>
public sealed class MenuTests
{
    [TestCase("student@demo.local", "/student", "Home")]
    [TestCase("student@demo.local", "/student/applications", "My applications")]
    [TestCase("student@demo.local", "/student/badges", "My badges")]
    [TestCase("student@demo.local", "/student/interests", "Pathway guidance")]
    [TestCase("coordinator@demo.local", "/coordinator", "Dashboard")]
    [TestCase("coordinator@demo.local", "/coordinator/students?grade=11", "Students")]
    [TestCase("coordinator@demo.local", "/coordinator/students/new", "Students")]
    [TestCase("coordinator@demo.local", "/coordinator/follow-ups", "Follow-ups")]
    public async Task Only_the_current_page_is_highlighted(string email, string path, string item)
    {
        var page = await BrowserSession.OpenAsync(email);
        await page.GotoAsync(path);

        var current = await page.Locator("nav[aria-label='Main'] a[aria-current='page']").AllInnerTextsAsync();
        await page.Context.CloseAsync();
        Assert.That(current, Is.EqualTo(new[] { item }));
    }

    [Test]
    public async Task The_job_dashboard_is_in_the_administrators_menu_only()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var coordinatorLinks = await coordinator.Locator("nav[aria-label='Main'] a").AllInnerTextsAsync();
        await coordinator.Context.CloseAsync();
        var admin = await BrowserSession.OpenAsync("admin@demo.local");
        var adminLinks = await admin.Locator("nav[aria-label='Main'] a").AllInnerTextsAsync();
        await admin.Context.CloseAsync();

        Assert.That(coordinatorLinks, Does.Contain("Reports").And.Not.Contain("Job dashboard"));
        Assert.That(adminLinks, Does.Contain("Job dashboard"));
    }
}
