using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// What the coordinator issues, read in Spanish by a coordinator who switched to it: the matching rounds (an open one, a
/// locked one with its run, a published one with its scramble form), the badge catalogue, the badge editor and a roster
/// award's check, the SIS roster's upload, a dry run's page and the pathway suggestions; with the questions asked first,
/// refused forms and a confirmation. A badge's own name, description and criteria are the district's words, as written.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_rounds_badges_and_roster_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 1);
        var secondPosting = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], slots: 2);
        var waiting = await scenario.CreateEligibleStudentAsync(District);
        var ranked = await scenario.CreateEligibleStudentAsync(District);
        var open = await CreateRoundAsync(scenario.PostingId, waiting.StudentId);
        var published = await CreateRoundAsync(secondPosting, ranked.StudentId);
        await ranked.Client!.PutJsonAsync($"/api/match-rounds/{published}/my-choices", new { postingIds = new[] { secondPosting } });
        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{published}/lock");
        await (await District.Coordinator.PostAsync($"/api/match-rounds/{published}/runs", new { seed = 7 })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var badge = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"Seguridad en el taller {District.Next()}")));
        var sisId = (await District.Coordinator.GetJsonAsync($"/api/students/{ranked.StudentId}"))["sisId"]!.GetValue<string>();

        var roster = new OneRosterZip { Mode = "delta" };
        var school = roster.School($"Preparatoria Reedley {District.Next()}", $"PR-{District.Next()}");
        roster.Student(school, "José", "Núñez", "11", District.Today.AddYears(-16));
        var import = District.Id(await RosterUploads.ImportAsync(District.Coordinator, roster.ToZip(), dryRun: true));

        var coordinator = await CoordinatorPages.SignInAsync(District);
        await GetAsync(coordinator, "/coordinator/rounds", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        await PageBrowser.PostFormAsync(coordinator, "/language", new() { ["language"] = "es-US", ["returnUrl"] = "/coordinator/rounds" });
        // The test district's employers are named "Employer …": the column "Employer" is looked for in the other texts only.
        var english = EnglishTexts("IssuingText").Where(text => text != "Employer").ToList();

        var round = $"/coordinator/rounds/{published}";
        var pages = new[]
        {
            "/coordinator/rounds", "/coordinator/rounds?closingSoon=true", $"/coordinator/rounds/{open}", round,
            "/coordinator/badges", "/coordinator/badges?includeRetired=true", "/coordinator/badges/new", $"/coordinator/badges/{badge}/edit",
            $"/coordinator/badges/{badge}/roster", "/coordinator/roster", $"/coordinator/roster/imports/{import}", "/coordinator/roster/suggestions",
        };
        foreach (var url in pages)
        {
            var html = await GetAsync(coordinator, url, "es-US");
            AssertIssuingPageReadsSpanish(url.Contains("/badges", StringComparison.Ordinal) ? WithoutDistrictWords(html) : html, url, english);
        }

        // The questions asked first.
        var lockQuestion = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, $"/coordinator/rounds/{open}?handler=Lock", new()));
        AssertIssuingPageReadsSpanish(lockQuestion, "the lock's question", english);
        Assert.That(WebUtility.HtmlDecode(lockQuestion), Does.Contain("¿Cerrar las listas de"));
        var publishQuestion = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, $"{round}?handler=Publish&number=1", new()));
        AssertIssuingPageReadsSpanish(publishQuestion, "the publication's question", english);
        Assert.That(WebUtility.HtmlDecode(publishQuestion), Does.Contain("¿Publicar la ejecución 1?"));

        // A published round offers its scramble round.
        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{published}/publish");
        var scramble = await GetAsync(coordinator, round, "es-US");
        AssertIssuingPageReadsSpanish(scramble, "the published round", english);
        Assert.That(WebUtility.HtmlDecode(scramble), Does.Contain("Ronda complementaria"));

        // A roster award's check, row by row.
        var check = await ReadAsync(await CoordinatorPages.PostFormAsync(coordinator, $"/coordinator/badges/{badge}/roster?handler=Preview", new(),
            ("Roster", "lista.csv", Encoding.UTF8.GetBytes($"sisId,evidenceNarrative\n{sisId},Terminó el taller.\n"))));
        AssertIssuingPageReadsSpanish(check, "the roster award's check", english);
        Assert.That(WebUtility.HtmlDecode(check), Does.Contain("Se otorgará"));

        // Refused forms, in the same language: the use cases' validators and the pages' own checks.
        foreach (var (url, fields, message) in new (string, Dictionary<string, string>, string)[]
                 {
                     ("/coordinator/rounds", new() { ["Input.Name"] = "", ["Input.Term"] = "Primavera 2027" }, "Escriba el nombre de la ronda."),
                     ("/coordinator/badges/new", new() { ["Input.Name"] = "", ["Input.Kind"] = "Completion", ["Input.RecipientType"] = "Student" },
                         "Escriba el nombre de la insignia."),
                     ($"/coordinator/badges?handler=Award&badgeId={badge}", new() { ["Input.StudentSisId"] = "" }, "Escriba el número SIS del estudiante."),
                     ("/coordinator/roster/suggestions?handler=Dismiss", new(), "Elija al menos una sugerencia."),
                 })
        {
            var refused = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, url, fields));
            // The message is looked for on the whole page: on the catalogue's first page it may stand above the cards, in a <p>.
            Assert.That(WebUtility.HtmlDecode(refused), Does.Contain(message), url);
            refused = url.Contains("/badges", StringComparison.Ordinal) ? WithoutDistrictWords(refused) : refused;
            AssertIssuingPageReadsSpanish(refused, $"the refused form of {url}", english);
        }

        // A confirmation.
        var awarded = await PageBrowser.PostFormAsync(coordinator, $"/coordinator/badges?handler=Award&badgeId={badge}", new() { ["Input.StudentSisId"] = sisId });
        Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var catalogue = WithoutDistrictWords(await GetAsync(coordinator, "/coordinator/badges", "es-US"));
        AssertIssuingPageReadsSpanish(catalogue, "the award's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(catalogue), Does.Contain("tiene ahora “Seguridad en el taller"));
    }

    private static async Task<int> CreateRoundAsync(int postingId, int studentId) =>
        District.Id(await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Ronda de primavera {District.Next()}",
            term = "Primavera 2027",
            preferenceDeadline = District.Today.AddDays(5),
            maxChoices = 3,
            postingIds = new[] { postingId },
            studentIds = new[] { studentId },
        }, HttpStatusCode.Created));

    /// <summary>
    /// The page without the badges' own words, which the district wrote (in English here): a card's description, its criteria,
    /// skills and prerequisites after their labels, and the editor's text boxes.
    /// </summary>
    private static string WithoutDistrictWords(string html) => DistrictWords().Replace(html, m => m.Groups["label"].Value);

    [GeneratedRegex(@"<p>[^<]*</p>|(?<label><strong>(?:Criterios|Requiere|Habilidades):</strong>)[^<]*|<textarea[^>]*>[^<]*</textarea>")]
    private static partial Regex DistrictWords();

    /// <summary>A page in Spanish, and none of this area's keys (LanguageTests' pattern does not know "Badges.") shown.</summary>
    private static void AssertIssuingPageReadsSpanish(string html, string what, IReadOnlyList<string> english)
    {
        AssertReadsSpanish(html, what, english);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(IssuingKey().Matches(text).Select(m => m.Value), Is.Empty, $"{what} shows an IssuingText key: a text missing from the .resx files");
    }

    [GeneratedRegex(@"\b(?:Rounds|Badges|Roster)\.[A-Z][A-Za-z0-9.]+")]
    private static partial Regex IssuingKey();
}
