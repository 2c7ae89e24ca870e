using Deque.AxeCore.Playwright;

namespace Internships.BrowserTests;

/// <summary>
/// axe-core (embedded by Deque.AxeCore.Playwright, injected into each page) checks the main pages of every role on the
/// demo district: no serious or critical violation (labels, contrast, headings, landmarks…). One width: axe takes a few
/// seconds a page on this machine, and the layout's phone width is checked by the screenshot tests.
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [TestCase(null, new[] { "/", "/account/sign-in", "/account/forgot-password", "/account/reset-password?token=from-the-email",
        "/account/invitation?token=not-a-working-link" })]
    [TestCase("student@demo.local", new[] { "/student", "/postings", "{first-posting}", "/student/applications", "{first-placement}", "/student/badges", "{first-badge}", "/student/rounds", "{first-round}", "/settings/notifications", "/settings/security", "/settings/two-factor" })]
    [TestCase("employer@demo.local", new[] { "/employer/postings", "/employer/postings/new", "{first-applicants}", "/employer/rounds" })]
    [TestCase("supervisor@demo.local", new[] { "{first-evaluation}" })]
    [TestCase("coordinator@demo.local", new[] { "/coordinator", "/coordinator/approvals", "/placements", "/coordinator/badges", "/coordinator/rounds", "{first-coordinator-round}", "/reports", "/coordinator/notifications", "/accounts", "/accounts/invitations", "{first-account}" })]
    [TestCase("coordinator@demo.local", new[] { "/coordinator/terms", "/coordinator/contacts", "/coordinator/contacts/new", "/coordinator/follow-ups", "/coordinator/calpads", "{first-placement}", "/coordinator/students?notPlaced=true" })]
    [TestCase("admin@demo.local", new[] { "/admin/audit", "/accounts?role=Coordinator", "{first-account}" })]
    [TestCase("coordinator@demo.local", new[] { "/coordinator/roster", "{first-roster-import}", "/coordinator/roster/suggestions" })]
    public async Task Main_pages_have_no_serious_accessibility_violations(string? email, string[] paths)
    {
        var problems = new List<string>();
        var page = await BrowserSession.OpenAsync(email);
        foreach (var template in paths)
        {
            var path = await ResolveAsync(page, template);
            var response = await page.GotoAsync(path);
            Assert.That(response!.Ok, Is.True, $"{path} answered {response.Status}");
            problems.AddRange(await BlockingViolationsAsync(page, path));
        }

        await page.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task The_check_finds_what_it_is_looking_for()
    {
        var page = await BrowserSession.OpenAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang='en'><head><title>Broken</title></head><body><main><h1>Broken</h1>"
            + "<form><input id='unlabelled' type='text'></form><img src='/css/none.png'></main></body></html>");
        var problems = await BlockingViolationsAsync(page, "broken");
        await page.Context.CloseAsync();
        Assert.That(problems, Has.Some.Contains("image-alt").And.Some.Contains("label"));
    }

    private static async Task<IEnumerable<string>> BlockingViolationsAsync(IPage page, string path)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{path}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>Pages whose address depends on the data: the first link of that kind on a list page.</summary>
    private static async Task<string> ResolveAsync(IPage page, string template)
    {
        var (list, selector) = template switch
        {
            "{first-posting}" => ("/postings", ".postings a[href^='/postings/']"),
            "{first-placement}" => ("/placements", "table a[href^='/placements/']"),
            "{first-badge}" => ("/student/badges", ".backpack a:text('Public verification page')"),
            "{first-applicants}" => ("/employer/postings", "a[href$='/applicants']"),
            "{first-round}" => ("/student/rounds", "main a[href^='/student/rounds/']"),
            "{first-coordinator-round}" => ("/coordinator/rounds", "main a[href^='/coordinator/rounds/']"),
            "{first-roster-import}" => ("/coordinator/roster", "main a[href^='/coordinator/roster/imports/']"),
            "{first-evaluation}" => ("/placements?status=Active", "table a[href^='/placements/']"),
            "{first-account}" => ("/accounts", "table a[href^='/accounts/']"),
            _ => (null, null),
        };
        if (list is null)
        {
            return template;
        }

        await page.GotoAsync(list);
        var href = await page.Locator(selector!).First.GetAttributeAsync("href");
        Assert.That(href, Is.Not.Null, $"no link for {template} on {list}");
        var path = new Uri(new Uri(page.Url), href!).PathAndQuery;
        return template == "{first-evaluation}" ? path + "/evaluate?kind=Midpoint" : path;
    }
}
