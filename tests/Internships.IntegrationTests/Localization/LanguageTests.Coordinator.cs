using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The coordinator's daily pages (the dashboard, the approval queue, the follow-ups due, the e-mail log, with something on each, and their confirmations) read in Spanish by a
/// coordinator whose browser asks for it: no resource key, none of the area's English.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_coordinator_s_daily_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var placement = await PlacementScenario.CreateAsync(District, activate: true);
        var employer = await District.CreateEmployerWithAdminAsync();
        var submitted = await District.CreateDraftPostingAsync(employer, [placement.PathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{submitted}/submit");
        var contactId = District.Id(await District.Coordinator.PostJsonAsync("/api/contacts", new
        {
            placementId = placement.PlacementId, occurredOn = District.Today, kind = "PhoneCall", with = new[] { "Supervisor" },
            notes = "Pidió el permiso de trabajo.", followUp = "Llamar otra vez", followUpDueOn = District.Today.AddDays(2),
        }, HttpStatusCode.Created));
        var coordinator = await CoordinatorPages.SignInAsync(District);
        await GetAsync(coordinator, "/coordinator", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        // The switch, so the forms' posts (which the confirmations are said in) speak Spanish too.
        await PageBrowser.PostFormAsync(coordinator, "/language", new() { ["language"] = "es-US", ["returnUrl"] = "/coordinator" });
        var english = EnglishTexts("CoordinatorText");

        var pages = new[] { "/coordinator", "/coordinator/approvals", "/coordinator/follow-ups", "/coordinator/follow-ups?withinDays=0", "/coordinator/notifications", "/coordinator/notifications?status=Failed" };
        foreach (var url in pages)
        {
            // The e-mail log's addresses, subjects and errors are the messages' own, in their recipients' language: left out.
            AssertCoordinatorPageReadsSpanish(MessageCell().Replace(await GetAsync(coordinator, url, "es-US"), ""), url, english);
        }

        // The confirmations, in the same language.
        var approved = await PageBrowser.PostFormAsync(coordinator, $"/coordinator/approvals?handler=Approve&postingId={submitted}", new());
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var queue = await GetAsync(coordinator, "/coordinator/approvals", "es-US");
        AssertCoordinatorPageReadsSpanish(queue, "the approval's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(queue), Does.Contain("está abierta a los estudiantes."));
        var done = await PageBrowser.PostFormAsync(coordinator, $"/coordinator/follow-ups?handler=Done", new() { ["contactId"] = contactId.ToString(CultureInfo.InvariantCulture) });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var followUps = await GetAsync(coordinator, "/coordinator/follow-ups", "es-US");
        AssertCoordinatorPageReadsSpanish(followUps, "the follow-up's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(followUps), Does.Contain("está hecho."));

        Assert.That(WebUtility.HtmlDecode(await GetAsync(coordinator, "/coordinator", "es-US")),
            Does.Contain("Panel del programa").And.Contain("Pendiente para usted"));
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

    [GeneratedRegex(@"<td data-label=""(?:Para|Asunto|(?:Ú|&#xDA;)ltimo error)"">.*?</td>", RegexOptions.Singleline)]
    private static partial Regex MessageCell();
}
