using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The terms page, the CALPADS export and the reports page read in Spanish (a coordinator's, and the reports page as a
/// student reads it): no resource key, none of their English; their refused forms and confirmations in Spanish too.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_terms_CALPADS_and_reports_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        // A placement of this academic year with approved hours whose student has no SSID (an error row on the CALPADS page), a term, a report.
        var placement = await PlacementScenario.CreateAsync(District, activate: true);
        await placement.LogApprovedHoursAsync(2m);
        var year = District.Today.Month >= 7 ? District.Today.Year : District.Today.Year - 1;
        var termName = $"Otoño {District.Next()}";
        await District.Coordinator.PostJsonAsync("/api/terms",
            new { name = termName, startDate = District.Today.AddDays(-30), endDate = District.Today.AddDays(60) }, HttpStatusCode.Created);
        await District.Coordinator.PostJsonAsync($"/api/placements/{placement.PlacementId}/report?language=es-US", expected: HttpStatusCode.Accepted);
        var coordinator = await CoordinatorPages.SignInAsync(District);
        await GetAsync(coordinator, "/coordinator/terms", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        await PageBrowser.PostFormAsync(coordinator, "/language", new() { ["language"] = "es-US", ["returnUrl"] = "/coordinator/terms" });
        var english = EnglishTexts("TermsText");

        foreach (var url in new[] { "/coordinator/terms", $"/coordinator/calpads?year={year}", "/reports", "/reports?refresh=off" })
        {
            AssertTermsPageReadsSpanish(await GetAsync(coordinator, url, "es-US"), url, english);
        }

        var calpads = WebUtility.HtmlDecode(await GetAsync(coordinator, $"/coordinator/calpads?year={year}", "es-US"));
        Assert.That(calpads, Does.Contain("no tiene número estatal de identificación (SSID)").And.Contain("Guardar el SSID"), "an error row in Spanish");

        // Refused forms: the validators' messages in Spanish.
        var refusedTerm = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, "/coordinator/terms", new() { ["Input.Name"] = "" }));
        AssertTermsPageReadsSpanish(refusedTerm, "the refused term", english);
        Assert.That(WebUtility.HtmlDecode(refusedTerm), Does.Contain("Escriba el nombre del periodo.").And.Contain("Escriba el primer día del periodo."));
        var refusedSsid = await ReadAsync(await PageBrowser.PostFormAsync(coordinator,
            $"/coordinator/calpads?handler=Ssid&studentId={placement.Student.StudentId}&year={year}", new() { ["Input.Ssid"] = "123" }));
        AssertTermsPageReadsSpanish(refusedSsid, "the refused SSID", english);
        Assert.That(WebUtility.HtmlDecode(refusedSsid), Does.Contain("Un SSID es el número estatal de identificación del estudiante, de diez dígitos."));
        var refusedSummary = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, "/reports?handler=Term",
            new() { ["Input.From"] = District.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
        AssertTermsPageReadsSpanish(refusedSummary, "the refused term summary", english);
        Assert.That(WebUtility.HtmlDecode(refusedSummary), Does.Contain("Escriba también el último día, o ninguno de los dos."));

        // Confirmations.
        var saved = await PageBrowser.PostFormAsync(coordinator, "/coordinator/terms", new()
        {
            ["Input.Name"] = $"Primavera {District.Next()}", ["Input.StartDate"] = "2027-01-11", ["Input.EndDate"] = "2027-06-04",
        });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var terms = await GetAsync(coordinator, "/coordinator/terms", "es-US");
        AssertTermsPageReadsSpanish(terms, "the term's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(terms), Does.Contain("va del 11 ene"));
        var requested = await PageBrowser.PostFormAsync(coordinator, "/reports?handler=Term", new()
        {
            ["Input.Name"] = termName, ["Input.From"] = District.Today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.To"] = District.Today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Language"] = "es-US",
        });
        Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var reports = await GetAsync(coordinator, "/reports?refresh=off", "es-US");
        AssertTermsPageReadsSpanish(reports, "the summary's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(reports), Does.Contain($"Se está preparando el resumen del periodo “{termName}”"));

        // The student reads the reports page too.
        var student = await SignedInAsync(placement.Student.Client!);
        await GetAsync(student, "/reports?refresh=off", "en-US"); // the sign-in's confirmation, in English: shown once, here
        AssertTermsPageReadsSpanish(await GetAsync(student, "/reports?refresh=off", "es-US"), "the student's reports", english);
    }

    /// <summary>A page of this area in Spanish: the shared check, and none of this area's keys, which that check does not know.</summary>
    private static void AssertTermsPageReadsSpanish(string html, string what, IReadOnlyList<string> english)
    {
        // A failed report's error is the job's own words (English), as the API returns it: left out.
        html = ReportError().Replace(html, "</span>");
        AssertReadsSpanish(html, what, english);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(TermsKey().Matches(text).Select(m => m.Value), Is.Empty, $"{what} shows a TermsText key: a text missing from the .resx files");
    }

    [GeneratedRegex(@"\b(?:TermList|Calpads|Reports)\.[A-Z][A-Za-z0-9.]+")]
    private static partial Regex TermsKey();

    [GeneratedRegex(@"(?<=class=""tag [a-z]*"">[^<]*)</span>[^<]+")]
    private static partial Regex ReportError();
}
