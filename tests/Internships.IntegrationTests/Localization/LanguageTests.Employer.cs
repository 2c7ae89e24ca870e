using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The employer's pages (postings, a draft, applicants, the organisation, matching rounds and a ranking, with the questions
/// they ask first and the form's messages) read in Spanish by an employer admin who chose it, and the invitation page in
/// the language of a signed-out browser; the validators behind them answer the API in Spanish when asked.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_employer_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 1);
        var employer = scenario.Employer;
        var offered = await scenario.CreateEligibleStudentAsync(District);
        var waiting = await scenario.CreateEligibleStudentAsync(District);
        var rejected = await scenario.CreateEligibleStudentAsync(District);
        await employer.Client.PostJsonAsync($"/api/applications/{await District.ApplyAsync(offered, scenario.PostingId, "Me encantaría aprender con su equipo.")}/offer");
        var waitingApplication = await District.ApplyAsync(waiting, scenario.PostingId, "Quiero aprender a trazar planos.");
        await employer.Client.PostJsonAsync($"/api/applications/{await District.ApplyAsync(rejected, scenario.PostingId, "Me interesa la ingeniería civil.")}/reject",
            new { reason = "Ya cubrimos el puesto." });
        var draft = await District.CreateDraftPostingAsync(employer, [scenario.PathwayId]);
        var supervisorId = District.Id(await District.Coordinator.PostJsonAsync($"/api/employers/{employer.EmployerId}/supervisors",
            new { firstName = "Inés", lastName = $"Robles{District.Next()}", email = $"ines{District.Next()}@employer.local" }, HttpStatusCode.Created));
        var roundId = District.Id(await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Ronda de primavera {District.Next()}",
            term = "Primavera 2027",
            preferenceDeadline = District.Today.AddDays(7),
            maxChoices = 3,
            postingIds = new[] { scenario.PostingId },
            studentIds = new[] { waiting.StudentId },
        }, HttpStatusCode.Created));
        await waiting.Client!.PutJsonAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { scenario.PostingId } });

        await employer.Client.PutJsonAsync("/api/me/language", new { language = "es-US" });
        var browser = await SignedInAsync(employer.Client);
        await GetAsync(browser, "/employer/postings", "es-US"); // the sign-in's "You are signed in." was said before the account's language was known
        var english = EnglishTexts("EmployerText");

        var pages = new[]
        {
            "/employer/postings", "/employer/postings?status=Draft", "/employer/postings?status=Closed", "/employer/postings/new",
            $"/employer/postings/{draft}/edit", $"/employer/postings/{scenario.PostingId}/applicants",
            $"/employer/postings/{scenario.PostingId}/applicants?status=Rejected", "/employer/organisation", "/employer/rounds",
            $"/employer/rounds/{roundId}/postings/{scenario.PostingId}",
        };
        foreach (var url in pages)
        {
            AssertReadsSpanish(await GetAsync(browser, url, "es-US"), url, english);
        }

        // The questions asked first, the form's refusals and the confirmations, in the same language.
        var applicants = $"/employer/postings/{scenario.PostingId}/applicants";
        var offer = await ReadAsync(await PageBrowser.PostFormAsync(browser, $"{applicants}?handler=Offer&applicationId={waitingApplication}", new()));
        AssertReadsSpanish(offer, "the offer's question", english);
        Assert.That(WebUtility.HtmlDecode(offer), Does.Contain("La oferta sin respuesta ya iguala el único puesto que queda."));
        AssertReadsSpanish(await ReadAsync(await PageBrowser.PostFormAsync(browser, $"{applicants}?handler=Reject&applicationId={waitingApplication}", new())),
            "the rejection's question", english);
        AssertReadsSpanish(await ReadAsync(await PageBrowser.PostFormAsync(browser,
            $"/employer/postings?handler=Close&postingId={scenario.PostingId}", new())), "the closing's question", english);
        AssertReadsSpanish(await ReadAsync(await PageBrowser.PostFormAsync(browser,
            $"/employer/organisation?handler=Active&supervisorId={supervisorId}&isActive=false", new())), "the deactivation's question", english);

        var refused = await ReadAsync(await PageBrowser.PostFormAsync(browser, "/employer/postings/new", new() { ["Input.Title"] = "", ["Input.HourlyWage"] = "0" }));
        AssertReadsSpanish(refused, "the refused draft", english);
        Assert.That(WebUtility.HtmlDecode(refused), Does.Contain("Escriba el título de la oferta.").And.Contain("Escriba el sueldo por hora: más de $0."));

        var reviewed = await PageBrowser.PostFormAsync(browser, $"{applicants}?handler=Review&applicationId={waitingApplication}", new());
        Assert.That(reviewed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var confirmed = await GetAsync(browser, applicants, "es-US");
        AssertReadsSpanish(confirmed, "the review's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(confirmed), Does.Contain("está ahora en revisión"));
    }

    [Test]
    public async Task The_invitation_page_reads_in_Spanish_for_a_signed_out_browser_that_asks_for_it()
    {
        var employerId = await District.CreateEmployerAsync();
        var supervisorId = District.Id(await District.Coordinator.PostJsonAsync($"/api/employers/{employerId}/supervisors",
            new { firstName = "Inés", lastName = $"Robles{District.Next()}", email = $"ines{District.Next()}@employer.local" }, HttpStatusCode.Created));
        var email = $"invitada{District.Next()}@employer.local";
        await District.Coordinator.PostJsonAsync("/api/invitations", new { email, role = "Supervisor", supervisorId }, HttpStatusCode.Created);
        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");
        var link = $"/account/invitation?token={Uri.EscapeDataString(token)}";
        var browser = PageBrowser.Open(District.Factory);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US");
        var english = EnglishTexts("EmployerText");

        var form = await GetAsync(browser, link, "es-US");
        AssertReadsSpanish(form, "the invitation", english);
        Assert.That(WebUtility.HtmlDecode(form), Does.Contain("Se le invita como <strong>supervisor</strong>").And.Contain(", de Employer ").And.Contain(email));
        AssertReadsSpanish(await GetAsync(browser, "/account/invitation?token=not-a-link-we-sent", "es-US"), "a dead link", english);

        var mismatch = await ReadAsync(await PageBrowser.PostFormAsync(browser, link, new()
        {
            ["Token"] = token, ["Input.NewPassword"] = "Elegida!2345-pw", ["Input.ConfirmPassword"] = "Otra!2345-pw",
        }));
        AssertReadsSpanish(mismatch, "the refused password", english);
        Assert.That(WebUtility.HtmlDecode(mismatch), Does.Contain("Las dos contraseñas no coinciden."));

        var opened = await PageBrowser.PostFormAsync(browser, link, new()
        {
            ["Token"] = token, ["Input.NewPassword"] = "Elegida!2345-pw", ["Input.ConfirmPassword"] = "Elegida!2345-pw",
        });
        Assert.That(opened.Headers.Location!.ToString(), Is.EqualTo("/account/sign-in"));
        Assert.That(WebUtility.HtmlDecode(await GetAsync(browser, "/account/sign-in", "es-US")), Does.Contain($"Su cuenta está abierta. Inicie sesión como {email}"));

        // The spent link, through the API too: the refusal in the language asked for.
        using var again = new HttpRequestMessage(HttpMethod.Post, "/api/auth/invitations/accept")
        {
            Content = JsonContent.Create(new { token, password = "Otra!2345-pw-larga" }),
        };
        again.Headers.AcceptLanguage.ParseAdd("es");
        var problem = await (await District.Anonymous.Http.SendAsync(again)).ShouldBeValidationProblemAsync("token");
        Assert.That(problem["errors"]!["token"]![0]!.GetValue<string>(), Does.StartWith("Este enlace de invitación ya no funciona"));
    }

    [Test]
    public async Task A_posting_s_validation_errors_read_in_Spanish_when_Accept_Language_asks()
    {
        var scenario = await Scenario.CreateAsync(District);
        var body = District.PostingBody([scenario.PathwayId]);
        body.Remove("employerId");
        body["title"] = "";
        body["startDate"] = District.Today.AddDays(-1);
        body["applicationDeadline"] = District.Today.AddDays(-2);

        using var spanish = new HttpRequestMessage(HttpMethod.Post, "/api/postings") { Content = JsonContent.Create(body) };
        spanish.Headers.AcceptLanguage.ParseAdd("es-MX");
        var invalid = await (await scenario.Employer.Client.Http.SendAsync(spanish)).ShouldBeValidationProblemAsync("title");
        Assert.That(invalid["errors"]!["title"]![0]!.GetValue<string>(), Is.EqualTo("Escriba el título de la oferta."));
        var today = District.Today.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("es-US"));
        Assert.That(invalid["errors"]!["startDate"]![0]!.GetValue<string>(),
            Is.EqualTo($"El inicio no puede estar en el pasado: elija el {today} o una fecha posterior."));

        var english = await (await scenario.Employer.Client.PostAsync("/api/postings", body)).ShouldBeValidationProblemAsync("title");
        Assert.That(english["errors"]!["title"]![0]!.GetValue<string>(), Is.EqualTo("Enter the posting's title."));
        Assert.That(english["errors"]!["startDate"]![0]!.GetValue<string>(),
            Is.EqualTo($"The start cannot be in the past: choose {District.Today.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))} or later."));
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
