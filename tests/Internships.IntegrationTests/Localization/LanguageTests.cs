using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// Spanish and English: the browser's Accept-Language, the language switch's cookie and a signed-in person's stored
/// choice decide a page's language (in that order of strength, the stored choice first), and <c>&lt;html lang&gt;</c>
/// follows; the API answers problem details and validation messages in Spanish when Accept-Language asks for it; and
/// the translated pages, read in Spanish, show no resource key and none of their English words.
/// </summary>
public sealed partial class LanguageTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_browser_asking_for_Spanish_gets_the_sign_in_page_in_Spanish()
    {
        var browser = PageBrowser.Open(District.Factory);

        var spanish = await GetAsync(browser, "/account/sign-in", "es-MX,es;q=0.9,en;q=0.5");
        Assert.That(spanish, Does.Contain("<html lang=\"es-US\">").And.Contain("Iniciar sesión").And.Contain("¿Olvidó su contraseña?"));
        Assert.That(spanish, Does.Not.Contain("Forgot your password?"));

        var english = await GetAsync(browser, "/account/sign-in", "fr-FR,en;q=0.8");
        Assert.That(english, Does.Contain("<html lang=\"en-US\">").And.Contain("Forgot your password?"));

        var none = await GetAsync(browser, "/account/sign-in", "fr-FR");
        Assert.That(none, Does.Contain("<html lang=\"en-US\">"), "a language the product does not speak reads as the default, English");
    }

    [Test]
    public async Task The_language_switch_sets_a_cookie_that_sticks_and_goes_back_only_to_a_local_page()
    {
        var browser = PageBrowser.Open(District.Factory);

        var switched = await PageBrowser.PostFormAsync(browser, "/language", new() { ["language"] = "es-US", ["returnUrl"] = "/account/forgot-password?x=1" });
        Assert.That(switched.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(switched.Headers.Location?.OriginalString, Is.EqualTo("/account/forgot-password?x=1"));
        Assert.That(switched.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("internships.language=", StringComparison.Ordinal)),
            Does.Contain("es-US").And.Contain("httponly"));

        // The cookie wins over the browser's English from now on.
        Assert.That(await GetAsync(browser, "/account/forgot-password", "en-US"), Does.Contain("<html lang=\"es-US\">").And.Contain("Enviar el enlace"));
        Assert.That(await GetAsync(browser, "/account/sign-in", "en-US"), Does.Contain("Iniciar sesión"));

        var away = await PageBrowser.PostFormAsync(browser, "/language", new() { ["language"] = "en-US", ["returnUrl"] = "https://elsewhere.example/" });
        Assert.That(away.Headers.Location?.OriginalString, Is.EqualTo("/"), "only a local address is a way back");
        Assert.That(await GetAsync(browser, "/account/sign-in", "es"), Does.Contain("<html lang=\"en-US\">"), "switched back to English");

        var unknown = await PageBrowser.PostFormAsync(browser, "/language", new() { ["language"] = "fr-FR", ["returnUrl"] = "/" });
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_signed_in_student_s_stored_language_wins_over_the_browser_and_the_switch_changes_it()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var chosen = await student.Client!.PutJsonAsync("/api/me/language", new { language = "es-US" });
        Assert.That(chosen["language"]!.GetValue<string>(), Is.EqualTo("es-US"));
        Assert.That(chosen["supported"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "en-US", "es-US" }));

        var browser = await SignedInAsync(student.Client!);
        var home = await GetAsync(browser, "/student", "en-US,en;q=0.9");
        Assert.That(home, Does.Contain("<html lang=\"es-US\">").And.Contain("Tus pasantías").And.Contain("Buscar pasantías"));

        // The switch, signed in, changes the stored choice too (else the stored one would win over the cookie).
        await PageBrowser.PostFormAsync(browser, "/language", new() { ["language"] = "en-US", ["returnUrl"] = "/student" });
        Assert.That((await student.Client!.GetJsonAsync("/api/me/language"))["language"]!.GetValue<string>(), Is.EqualTo("en-US"));
        Assert.That(await GetAsync(browser, "/student", "es"), Does.Contain("<html lang=\"en-US\">").And.Contain("Your internships"));

        // The settings page: back to following the browser.
        var saved = await PageBrowser.PostFormAsync(browser, "/settings/language", new() { ["Language"] = "" });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await student.Client!.GetJsonAsync("/api/me/language"))["language"], Is.Null);
        Assert.That(await GetAsync(browser, "/student", "es-US"), Does.Contain("<html lang=\"es-US\">"));
    }

    [Test]
    public async Task A_language_the_product_does_not_speak_is_refused_naming_the_field()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);

        var problem = await (await student.Client!.PutAsync("/api/me/language", new { language = "fr-FR" })).ShouldBeValidationProblemAsync("language");
        Assert.That(problem["errors"]!["language"]![0]!.GetValue<string>(), Does.Contain("es-US"));
        Assert.That((await student.Client!.GetJsonAsync("/api/me/language"))["language"], Is.Null, "nothing stored");
        await (await District.Anonymous.GetAsync("/api/me/language")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Problem_details_and_validation_messages_are_in_Spanish_when_Accept_Language_asks()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var api = student.Client!.Http;

        using var missing = new HttpRequestMessage(HttpMethod.Get, "/api/applications/987654321");
        missing.Headers.AcceptLanguage.ParseAdd("es-US");
        var notFound = await (await api.SendAsync(missing)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.That(notFound["title"]!.GetValue<string>(), Is.EqualTo("No encontrado"));

        using var apply = new HttpRequestMessage(HttpMethod.Post, $"/api/postings/{scenario.PostingId}/applications")
        {
            Content = JsonContent.Create(new { statement = "" }),
        };
        apply.Headers.AcceptLanguage.ParseAdd("es");
        var invalid = await (await api.SendAsync(apply)).ShouldBeValidationProblemAsync("statement");
        Assert.That(invalid["title"]!.GetValue<string>(), Is.EqualTo("La solicitud tiene campos no válidos"));
        Assert.That(invalid["errors"]!["statement"]![0]!.GetValue<string>(), Is.EqualTo("Cuéntale al empleador por qué quieres esta pasantía."));

        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        anonymous.Headers.AcceptLanguage.ParseAdd("es-MX");
        var unauthorized = await (await District.Anonymous.Http.SendAsync(anonymous)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(unauthorized["title"]!.GetValue<string>(), Is.EqualTo("No autorizado"));

        // Without the header, the same request is answered in English.
        var english = await (await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "" }))
            .ShouldBeValidationProblemAsync("statement");
        Assert.That(english["errors"]!["statement"]![0]!.GetValue<string>(), Is.EqualTo("Tell the employer why you want this internship."));
    }

    [Test]
    public async Task The_translated_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var otherPosting = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId]);
        await District.ApplyAsync(student, otherPosting);
        await student.Client!.PutJsonAsync("/api/me/language", new { language = "es-US" });
        var claimable = BadgeBuilder.Body(name: $"Voluntariado {District.Next()}", kind: "Competency");
        claimable["allowsClaims"] = true;
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(District, claimable));
        var claimId = District.Id(await student.Client!.PostJsonAsync("/api/badge-claims",
            new { badgeClassId = badgeId, narrative = "Ayudé en el banco de alimentos.", links = new[] { "https://voluntariado.example/1" } }, HttpStatusCode.Created));
        await student.Client!.PutJsonAsync("/api/me/interest-profile", new { answers = Enumerable.Range(0, 30).Select(i => i % 6 == 3 ? 3 : 1 + (i % 2)).ToArray() });
        var personBadge = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"Mentor {District.Next()}", recipientType: "Person")));
        var programmeId = District.Id(await District.Coordinator.PostJsonAsync("/api/programmes", new
        {
            name = $"Mentoría {District.Next()}", description = "Para el personal.", badgeClassId = personBadge, feeAmount = 50m,
            requirements = ProgrammeScenario.Requirements,
        }, HttpStatusCode.Created));
        var browser = await SignedInAsync(student.Client!);
        var coordinator = await CoordinatorPages.SignInAsync(District);
        await GetAsync(coordinator, "/claims", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        var signedOut = PageBrowser.Open(District.Factory);
        var english = EnglishTexts();

        var pages = new (HttpClient Browser, string Url)[]
        {
            (signedOut, "/"), (signedOut, "/account/sign-in"), (signedOut, "/account/forgot-password"), (signedOut, "/language"),
            (browser, "/student"), (browser, "/student/applications"), (browser, "/postings"), (browser, "/postings?filtered=true"),
            (browser, $"/postings/{scenario.PostingId}"), (browser, $"/postings/{otherPosting}"), (browser, "/settings/language"), (browser, "/student/badges"), (browser, "/student/rounds"),
            (signedOut, "/status/404"), (signedOut, "/status/500"), (browser, "/status/403"), (signedOut, "/status/429"),
            (signedOut, "/account/reset-password?token=from-the-e-mail"),
            (browser, "/student/claims"), (browser, "/student/claims/new"), (browser, $"/claims/{claimId}"),
            (coordinator, "/claims"), (coordinator, "/claims?all=true"), (coordinator, $"/claims/{claimId}"),
            (browser, "/student/interests"), (browser, "/student/interests?retake=true"),
            (browser, "/settings/security"), (browser, "/settings/two-factor"), (browser, "/settings/notifications"),
            (coordinator, "/settings/security"), (coordinator, "/settings/two-factor"),
            (coordinator, "/programmes/manage"), (coordinator, "/programmes/manage/new"), (coordinator, $"/programmes/manage/{programmeId}"),
        };
        foreach (var (client, url) in pages)
        {
            AssertReadsSpanish(await GetAsync(client, url, "es-US"), url, english);
        }
    }

    /// <summary>A page in Spanish: its language, no resource key shown, and none of the English words given.</summary>
    private static void AssertReadsSpanish(string html, string what, IReadOnlyList<string> english)
    {
        Assert.That(html, Does.Contain("<html lang=\"es-US\">"), what);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(ResourceKey().Matches(text).Select(m => m.Value), Is.Empty, $"{what} shows a resource key: a text missing from the .resx files");
        var left = english.Where(e => text.Contains(e, StringComparison.Ordinal)).ToList();
        Assert.That(left, Is.Empty, $"{what} shows English text in Spanish");
        // In the text and in the attributes (a title, an aria-label): a text whose arguments were never put in.
        Assert.That(Placeholder().Matches(WebUtility.HtmlDecode(html)).Select(m => m.Value), Is.Empty, $"{what} shows a text with its placeholders unfilled");
    }

    private static async Task<string> GetAsync(HttpClient browser, string url, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await browser.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpClient> SignedInAsync(ApiClient api)
    {
        var browser = PageBrowser.Open(District.Factory);
        var email = (await api.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        var signedIn = await PageBrowser.SignInAsync(browser, email, District.Password);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return browser;
    }

    /// <summary>
    /// The English words of the translated areas that differ from their Spanish (a few, such as "CALPADS", are the same),
    /// as plain text: a page in Spanish that still shows one of them was not translated.
    /// </summary>
    private static List<string> EnglishTexts(params string[] moreAreas)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "Internships.Web", "Resources");
        string[] areas = ["SharedText", "StudentText", "AccountText", "BadgeText", "ClaimText", "GuidanceText", "ProgrammeText", "PlacementText", .. moreAreas];
        return areas
            .SelectMany(name =>
            {
                var en = Read(Path.Combine(folder, name + ".resx"));
                var es = Read(Path.Combine(folder, name + ".es.resx"));
                return en.Where(e => e.Value != es[e.Key]).Select(e => e.Value);
            })
            .SelectMany(text => Placeholder().Split(WebUtility.HtmlDecode(Tag().Replace(text, "\n"))))
            .Select(part => part.Trim(' ', '\n', '.', ',', ':', '(', ')', '·'))
            .Where(part => part.Length >= 8 || (part.Length >= 4 && part.Contains(' ', StringComparison.Ordinal)))
            .Distinct()
            .ToList();
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:Layout|Nav|Home|Search|Posting|Applications|Verify|SignIn|Forgot|Language|Errors|Pager|Terms|State|Field|Button|Confirm|Paperwork|Status|Title|Detail|Reset|TwoFactor|TwoFactorSettings|Security|Notifications|Claims|Interests|Manage|Editor|Cohorts|Enrol|Roster|Kind|Placements|Invitation|Organisation|Supervisors|Postings|Edit|Applicants|Rounds|Ranking)\.[A-Z][A-Za-z0-9]+")]
    private static partial Regex ResourceKey();
}
