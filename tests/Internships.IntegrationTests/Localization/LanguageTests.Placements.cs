using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The placement pages in Spanish: the list, one placement and the evaluation form, as the intern, the supervisor and the
/// employer admin read them (with hours approved, returned and waiting, an evaluation in, and completion still refused);
/// their forms' messages and the API's validation messages for hours and evaluations.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_placement_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.LogApprovedHoursAsync(2m, "Revisé las estacas del levantamiento con el equipo.");
        var returned = await LogAsync(scenario, 1.5m, "Limpié el equipo del laboratorio.");
        await scenario.Supervisor.Client.PostJsonAsync($"/api/timesheets/{returned}/return", new { note = "Ese día saliste a mediodía." });
        await LogAsync(scenario, 3m, "Tomé muestras de agua en tres pozos.");
        var evaluation = await PlacementScenario.EvaluationBodyAsync(scenario.Supervisor.Client, "Midpoint");
        foreach (var rating in evaluation["ratings"]!.AsArray())
        {
            rating!["comment"] = "Muy bien.";
        }

        evaluation["testimonial"] = "Cuidadosa y amable con el público.";
        await scenario.Supervisor.Client.PostJsonAsync($"{scenario.Url}/evaluations", evaluation, HttpStatusCode.Created);

        var student = await SignedInInSpanishAsync(scenario.Student.Client!);
        var supervisor = await SignedInInSpanishAsync(scenario.Supervisor.Client);
        var employer = await SignedInInSpanishAsync(scenario.Employer.Client);
        var english = EnglishTexts();
        var placement = $"/placements/{scenario.PlacementId}";

        var pages = new (HttpClient Browser, string Url, string Heading)[]
        {
            (student, "/placements", "Mi pasantía"), (student, placement, "La pasantía"),
            (supervisor, "/placements", "Mis pasantes"), (supervisor, "/placements?hoursWaiting=true", "Mis pasantes"), (supervisor, placement, "Registro de horas"),
            (supervisor, $"{placement}/evaluate?kind=Final", "Evaluación final"),
            (employer, "/placements", "Nuestros pasantes"), (employer, placement, "Cambiar el supervisor"),
        };
        foreach (var (client, url, heading) in pages)
        {
            Assert.That(await SpanishTextAsync(client, url, english), Does.Contain(heading), url);
        }

        var studentPage = await SpanishTextAsync(student, placement, english);
        Assert.That(studentPage, Does.Contain("Registre sus horas").And.Contain("Evaluación de mitad de periodo").And.Contain("Devueltas")
            .And.Contain("Nota: Ese día saliste a mediodía.").And.Contain("Permiso de trabajo: recibido el"));
        var supervisorPage = await SpanishTextAsync(supervisor, placement, english);
        Assert.That(supervisorPage, Does.Contain("Todavía no se puede completar")
            .And.Contain("Todavía no se ha entregado la evaluación final del supervisor.")
            .And.Contain($"Solo hay 2 de las {PlacementScenario.RequiredHours:0.##} horas requeridas aprobadas.")
            .And.Contain("Escribir la evaluación final").And.Contain("Aprobar los elegidos"));
        // The rubric the district started with, in Spanish (its English words are common enough to be in a district's own
        // badge criteria, so the check for English left over cannot look for them).
        var form = await SpanishTextAsync(supervisor, $"{placement}/evaluate?kind=Final", english);
        Assert.That(form, Does.Contain("Comunicación").And.Contain("Habla y escribe con claridad; escucha y hace preguntas.").And.Contain("3 Competente")
            .And.Not.Contain("Speaks and writes clearly"));
        Assert.That(studentPage, Does.Contain("Comunicación: 3 — Muy bien.").And.Not.Contain("Communication:"));
    }

    [Test]
    public async Task The_placement_page_s_forms_answer_in_Spanish()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var student = await SignedInInSpanishAsync(scenario.Student.Client!);
        var placement = $"/placements/{scenario.PlacementId}";

        var refused = await PageBrowser.PostFormAsync(student, $"{placement}?handler=LogHours", new()
        {
            ["Input.WorkDate"] = District.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Hours"] = "0", ["Input.Tasks"] = "",
        });
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.That(page, Does.Contain("Escriba las horas trabajadas: más de 0.").And.Contain("Escriba lo que hizo."));

        var logged = await PageBrowser.PostFormAsync(student, $"{placement}?handler=LogHours", new()
        {
            ["Input.WorkDate"] = District.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Hours"] = "2.5",
            ["Input.Tasks"] = "Etiqueté las muestras de la tarde.",
        });
        Assert.That(logged.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var done = WebUtility.HtmlDecode(await student.GetStringAsync(logged.Headers.Location!.OriginalString));
        Assert.That(done, Does.Contain("Registró 2.5 horas del").And.Contain("Su supervisor las revisará."));
    }

    [Test]
    public async Task A_placement_s_validation_messages_are_in_Spanish_when_Accept_Language_asks()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);

        var hours = await SendInAsync(scenario.Student.Client!, $"{scenario.Url}/hours", new { workDate = District.Today, hours = 13, tasks = "" }, "es");
        var invalid = await hours.ShouldBeValidationProblemAsync("hours", "tasks");
        Assert.That(invalid["errors"]!["hours"]![0]!.GetValue<string>(), Is.EqualTo("Escriba como máximo 12 horas trabajadas en un día."));
        Assert.That(invalid["errors"]!["tasks"]![0]!.GetValue<string>(), Is.EqualTo("Escriba lo que hizo."));

        var evaluation = await SendInAsync(scenario.Supervisor.Client, $"{scenario.Url}/evaluations", new
        {
            kind = "Final",
            ratings = new[] { new { competency = "communication", score = 5, comment = (string?)null } },
            testimonial = "",
        }, "es-MX");
        var refused = await evaluation.ShouldBeValidationProblemAsync("ratings[0].score", "testimonial");
        Assert.That(refused["errors"]!["ratings[0].score"]![0]!.GetValue<string>(), Is.EqualTo("Elija una calificación del 1 al 4."));
        Assert.That(refused["errors"]!["testimonial"]![0]!.GetValue<string>(), Is.EqualTo("Escriba unas palabras sobre el pasante."));

        var none = await SendInAsync(scenario.Supervisor.Client, $"{scenario.Url}/hours/approve", new { entryIds = Array.Empty<int>() }, "es");
        Assert.That((await none.ShouldBeValidationProblemAsync("entryIds"))["errors"]!["entryIds"]![0]!.GetValue<string>(), Is.EqualTo("Elija las horas que va a aprobar."));

        // Without the header, the same request is answered in English.
        var english = await (await scenario.Student.Client!.PostAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours = 0, tasks = "Algo." }))
            .ShouldBeValidationProblemAsync("hours");
        Assert.That(english["errors"]!["hours"]![0]!.GetValue<string>(), Is.EqualTo("Enter the hours worked: more than 0."));
    }

    private static async Task<int> LogAsync(PlacementScenario scenario, decimal hours, string tasks) =>
        District.Id(await scenario.Student.Client!.PostJsonAsync($"{scenario.Url}/hours", new { workDate = District.Today, hours, tasks }, HttpStatusCode.Created));

    /// <summary>A browser that asks for Spanish from its first page, the sign-in included (so its "signed in" reads in Spanish too).</summary>
    private static async Task<HttpClient> SignedInInSpanishAsync(ApiClient api)
    {
        var browser = PageBrowser.Open(District.Factory);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US");
        var email = (await api.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        var signedIn = await PageBrowser.SignInAsync(browser, email, District.Password);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return browser;
    }

    /// <summary>The page's text, after checking it is in Spanish with no resource key and none of the translated English.</summary>
    private static async Task<string> SpanishTextAsync(HttpClient browser, string url, List<string> english)
    {
        var html = await GetAsync(browser, url, "es-US");
        Assert.That(html, Does.Contain("<html lang=\"es-US\">"), url);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(ResourceKey().Matches(text).Select(m => m.Value), Is.Empty, $"{url} shows a resource key: a text missing from the .resx files");
        Assert.That(english.Where(e => text.Contains(e, StringComparison.Ordinal)).ToList(), Is.Empty, $"{url} shows English text in Spanish");
        return text;
    }

    private static async Task<HttpResponseMessage> SendInAsync(ApiClient client, string url, object body, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.Http.SendAsync(request);
    }
}
