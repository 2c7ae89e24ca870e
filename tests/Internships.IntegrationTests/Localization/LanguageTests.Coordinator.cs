using System.Net;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The coordinator's daily pages (the dashboard, with a district that has something on it) read in Spanish by a
/// coordinator whose browser asks for it: no resource key, none of the area's English.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_coordinator_s_daily_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId);
        await District.CreateDraftPostingAsync(scenario.Employer, [scenario.PathwayId]);
        var coordinator = await CoordinatorPages.SignInAsync(District);
        await GetAsync(coordinator, "/coordinator", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        var english = EnglishTexts("CoordinatorText");

        var pages = new[] { "/coordinator" };
        foreach (var url in pages)
        {
            AssertCoordinatorPageReadsSpanish(await GetAsync(coordinator, url, "es-US"), url, english);
        }

        Assert.That(WebUtility.HtmlDecode(await GetAsync(coordinator, "/coordinator", "es-US")),
            Does.Contain("Panel del programa").And.Contain("Pendiente para usted"));
        Assert.That(await GetAsync(coordinator, "/coordinator", "en-US"), Does.Contain("Programme dashboard").And.Contain("Waiting for you"));
    }

    /// <summary>A coordinator's page in Spanish, and none of this area's keys (whose prefixes the shared check does not know) shown.</summary>
    private static void AssertCoordinatorPageReadsSpanish(string html, string what, IReadOnlyList<string> english)
    {
        AssertReadsSpanish(html, what, english);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(CoordinatorKey().Matches(text).Select(m => m.Value), Is.Empty, $"{what} shows a resource key: a text missing from the .resx files");
    }

    [GeneratedRegex(@"(?:Dashboard|Approvals|FollowUps|Outbox|TermList|Calpads)\.[A-Z][A-Za-z0-9]+")]
    private static partial Regex CoordinatorKey();
}
