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
    [TestCase("supervisor@demo.local", new[] { "/placements", "/placements?hoursWaiting=true", "{first-hours-waiting}" })]
    [TestCase("coordinator@demo.local", new[] { "/placements?hoursWaiting=true", "/coordinator/rounds?closingSoon=true", "{first-submitted-posting}" })]
    [TestCase("student@demo.local", new[] { "/postings?filtered=true", "/student/interests" })]
    [TestCase("student@demo.local", new[] { "/student/claims", "/student/claims/new", "{first-claim}" })]
    [TestCase("coordinator@demo.local", new[] { "/claims", "{first-claim-review}", "/claims?all=true" })]
    [TestCase("employer@demo.local", new[] { "/claims" })]
    [TestCase("employer@demo.local", new[] { "/badge-proposals", "{first-proposal}" })]
    [TestCase("coordinator@demo.local", new[] { "/badge-proposals", "{first-proposal}" })]
    [TestCase("student@demo.local", new[] { "{first-ladder}" })]
    [TestCase("participant@demo.local", new[] { "/programmes" })]
    [TestCase("trainer@demo.local", new[] { "/programmes" })]
    [TestCase("coordinator@demo.local", new[] { "/coordinator/roster", "{first-roster-import}", "/coordinator/roster/suggestions" })]
    [TestCase("coordinator@demo.local", new[]
    {
        "/coordinator/students", "/coordinator/students/new", "{first-student}", "{first-student}/edit", "{first-contact}",
        "/coordinator/employers", "/coordinator/employers/new", "{first-employer}", "{first-employer}/edit", "{first-employer}/agreement",
        "{first-employer}/worksite", "{first-supervisor}", "/coordinator/schools", "{first-school-edit}", "/coordinator/pathways/new",
        "{first-pathway-edit}", "/coordinator/badges/new", "{first-badge-edit}", "{first-roster}", "/coordinator/rubric", "{first-rubric-edit}",
        "{first-pending-placement}", "{first-active-placement}/evaluate?kind=Final",
    })]
    public async Task Main_pages_have_no_serious_accessibility_violations(string? email, string[] paths)
    {
        var problems = new List<string>();
        var page = await BrowserSession.OpenAsync(email);
        var current = "";
        // The browser reports what the content security policy refused (an inline style or script) on its console.
        page.Console += (_, message) => RecordPolicyViolation(problems, current, message.Text);
        foreach (var template in paths)
        {
            var path = await ResolveAsync(page, template);
            current = path;
            var response = await page.GotoAsync(path);
            Assert.That(response!.Ok, Is.True, $"{path} answered {response.Status}");
            problems.AddRange(await BlockingViolationsAsync(page, path));
        }

        await page.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }

    // The same pages read in Spanish: longer words, other labels and `lang="es-US"` must not break them.
    [TestCase("student@demo.local", new[] { "/student", "/postings", "{first-posting}", "/student/applications", "/student/claims", "/settings/language" })]
    [TestCase("employer@demo.local", new[] { "/employer/postings", "/employer/postings/new", "{first-applicants}", "/employer/organisation", "/employer/rounds" })]
    [TestCase("coordinator@demo.local", new[]
    {
        "/coordinator", "/coordinator/approvals", "/coordinator/students", "{first-student}", "/coordinator/employers", "{first-employer}",
        "/coordinator/terms", "/coordinator/rounds", "/coordinator/badges", "/coordinator/roster", "/coordinator/rubric", "/reports",
        "/accounts", "/programmes/manage",
    })]
    public async Task Main_pages_in_Spanish_have_no_serious_accessibility_violations(string email, string[] paths)
    {
        var problems = new List<string>();
        var page = await BrowserSession.OpenInSpanishAsync(email);
        foreach (var template in paths)
        {
            var path = await ResolveAsync(page, template);
            var response = await page.GotoAsync(path);
            Assert.That(response!.Ok, Is.True, $"{path} answered {response.Status}");
            Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("es-US"), path);
            problems.AddRange(await BlockingViolationsAsync(page, $"{path} (es)"));
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

    [Test]
    public async Task The_content_security_policy_check_finds_an_inline_style()
    {
        var problems = new List<string>();
        var page = await BrowserSession.OpenAsync();
        page.Console += (_, message) => RecordPolicyViolation(problems, "/", message.Text);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<p style=\"color: red\">Injected</p>')");
        await Assertions.Expect(page.GetByText("Injected")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(200);
        Assert.That(await page.GetByText("Injected").EvaluateAsync<string>("e => getComputedStyle(e).color"), Is.Not.EqualTo("rgb(255, 0, 0)"));
        await page.Context.CloseAsync();
        Assert.That(problems, Has.Some.Contains("Content Security Policy"));
    }

    private static void RecordPolicyViolation(List<string> problems, string path, string text)
    {
        if (text.Contains("Content Security Policy", StringComparison.Ordinal))
        {
            lock (problems)
            {
                problems.Add($"{path}: {text}");
            }
        }
    }

    internal static async Task<IEnumerable<string>> BlockingViolationsAsync(IPage page, string path)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{path}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>
    /// Pages whose address depends on the data: the first link of that kind on a list page (itself such a page, or a plain
    /// path), and what follows the braces appended ("{first-employer}/edit").
    /// </summary>
    private static async Task<string> ResolveAsync(IPage page, string template)
    {
        if (template.StartsWith('{') && template.IndexOf('}') is var close && close < template.Length - 1)
        {
            return await ResolveAsync(page, template[..(close + 1)]) + template[(close + 1)..];
        }

        var (list, selector) = template switch
        {
            "{first-posting}" => ("/postings", ".postings a[href^='/postings/']"),
            "{first-placement}" => ("/placements", "table a[href^='/placements/']"),
            "{first-badge}" => ("/student/badges", ".backpack a:text('Public verification page')"),
            "{first-claim}" => ("/student/claims", ".claims a[href^='/claims/']"),
            "{first-claim-review}" => ("/claims", "table a[href^='/claims/']"),
            "{first-proposal}" => ("/badge-proposals", "table a[href^='/badge-proposals/']"),
            "{badge-posting}" => ("/postings?filtered=true&q=Peer+Educator", ".postings a[href^='/postings/']"),
            "{first-ladder}" => ("{badge-posting}", "main a[href^='/student/ladder']"),
            "{first-applicants}" => ("/employer/postings", "a[href$='/applicants']"),
            "{first-round}" => ("/student/rounds", "main a[href^='/student/rounds/']"),
            "{first-coordinator-round}" => ("/coordinator/rounds", "main a[href^='/coordinator/rounds/']"),
            "{first-roster-import}" => ("/coordinator/roster", "main a[href^='/coordinator/roster/imports/']"),
            "{first-evaluation}" => ("/placements?status=Active", "table a[href^='/placements/']"),
            "{first-hours-waiting}" => ("/placements?hoursWaiting=true", "table a[href^='/placements/']"),
            "{first-submitted-posting}" => ("/coordinator/approvals", ".cards a[href^='/postings/']"),
            "{first-account}" => ("/accounts", "table a[href^='/accounts/']"),
            "{first-student}" => ("/coordinator/students?grade=11", "table a[href^='/coordinator/students/']"),
            "{first-contact}" => ("{first-student}", "main a[href*='/contacts/']"),
            "{first-employer}" => ("/coordinator/employers", "table a[href^='/coordinator/employers/']"),
            "{first-supervisor}" => ("{first-employer}", "main a[href*='/supervisors/']"),
            "{first-school-edit}" => ("/coordinator/schools", "main a[href^='/coordinator/schools/'][href$='/edit']"),
            "{first-pathway-edit}" => ("/coordinator/schools", "main a[href^='/coordinator/pathways/'][href$='/edit']"),
            "{first-badge-edit}" => ("/coordinator/badges", "main a[href^='/coordinator/badges/'][href$='/edit']"),
            "{first-roster}" => ("/coordinator/badges", "main a[href$='/roster']"),
            "{first-rubric-edit}" => ("/coordinator/rubric", "main a[href^='/coordinator/rubric/']"),
            "{first-pending-placement}" => ("/placements?status=Pending", "table a[href^='/placements/']"),
            "{first-active-placement}" => ("/placements?status=Active", "table a[href^='/placements/']"),
            _ => (null, null),
        };
        if (list is null)
        {
            return template;
        }

        await page.GotoAsync(list.StartsWith('{') ? await ResolveAsync(page, list) : list);
        var href = await page.Locator(selector!).First.GetAttributeAsync("href");
        Assert.That(href, Is.Not.Null, $"no link for {template} on {list}");
        var path = new Uri(new Uri(page.Url), href!).PathAndQuery;
        return template == "{first-evaluation}" ? path + "/evaluate?kind=Midpoint" : path;
    }
}
