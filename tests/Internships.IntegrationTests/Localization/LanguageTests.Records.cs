using System.Net;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The coordinator's record pages (students, a student's record and contacts, schools, pathways) read in Spanish by a
/// coordinator whose browser asks for it, with the questions asked first and the confirmations.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_record_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId, "Me encantaría aprender con su equipo.");
        var contactId = District.Id((await District.Coordinator.PostJsonAsync($"/api/students/{student.StudentId}/contacts", new
        {
            name = "Rosa Ortiz", relationship = "Madre", phone = "559 555 0142", preferredLanguage = "Spanish", isEmergencyContact = true,
        }, HttpStatusCode.Created))["contacts"]![0]!.AsObject());
        var coordinator = await CoordinatorPages.SignInAsync(District);
        await GetAsync(coordinator, "/coordinator/students", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        // The test district's employers are named "Employer …": the table's column "Employer" is looked for in the other texts only.
        coordinator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US"); // for the forms posted below
        var english = EnglishTexts("RecordsText").Where(text => text != "Employer").ToList();

        var record = $"/coordinator/students/{student.StudentId}";
        var pages = new[]
        {
            "/coordinator/students", "/coordinator/students?q=nadie-se-llama-asi", "/coordinator/students/new", $"{record}/edit",
            record, $"{record}/contacts/{contactId}", "/coordinator/schools", $"/coordinator/schools/{scenario.SchoolId}/edit",
            "/coordinator/pathways/new", $"/coordinator/pathways/{scenario.PathwayId}/edit",
        };
        foreach (var url in pages)
        {
            var html = WithoutHistory(await GetAsync(coordinator, url, "es-US"));
            AssertReadsSpanish(html, url, english);
            AssertShowsNoRecordsKey(html, url);
        }

        // The questions asked first and a confirmation, in the same language.
        foreach (var (handler, what) in new[]
                 {
                     ("Status&isActive=false", "the deactivation's question"), ($"RemoveContact&contactId={contactId}", "the contact's removal question"),
                     ($"End&pathwayId={scenario.PathwayId}", "the enrolment's end question"),
                 })
        {
            var question = WithoutHistory(await ReadAsync(await PageBrowser.PostFormAsync(coordinator, $"{record}?handler={handler}", new())));
            AssertReadsSpanish(question, what, english);
            AssertShowsNoRecordsKey(question, what);
        }

        var refused = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, "/coordinator/pathways/new", new() { ["Input.Name"] = "" }));
        AssertReadsSpanish(refused, "the refused pathway", english);
        Assert.That(WebUtility.HtmlDecode(refused), Does.Contain("Escriba el nombre de la trayectoria.").And.Contain("Una trayectoria necesita al menos un curso."));

        var added = await PageBrowser.PostFormAsync(coordinator, $"{record}?handler=AddContact", new()
        {
            ["Contact.Name"] = "Luis Ortiz", ["Contact.Relationship"] = "Padre", ["Contact.Phone"] = "559 555 0143", ["Contact.PreferredLanguage"] = "Spanish",
        });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var confirmed = WithoutHistory(await GetAsync(coordinator, record, "es-US"));
        AssertReadsSpanish(confirmed, "the new contact's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(confirmed), Does.Contain("Luis Ortiz es ahora uno de los contactos de"));
    }

    /// <summary>
    /// The page without the record's history: the audit trail keeps what happened in the words it was written in ("Enrolled in …"),
    /// and is no part of this area.
    /// </summary>
    private static string WithoutHistory(string html) =>
        html.IndexOf("id=\"history-section\"", StringComparison.Ordinal) is var at and >= 0 ? html[..at] : html;

    /// <summary>LanguageTests' key pattern does not know this area's prefixes: a missing RecordsText key shows as one of these.</summary>
    private static void AssertShowsNoRecordsKey(string html, string what)
    {
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(RecordsKey().Matches(text).Select(m => m.Value), Is.Empty, $"{what} shows a RecordsText key: a text missing from the .resx files");
    }

    [GeneratedRegex(@"\b(?:Students|Student|Contact|Contacts|Schools|School|Pathway)\.[A-Z][A-Za-z0-9]+")]
    private static partial Regex RecordsKey();
}
