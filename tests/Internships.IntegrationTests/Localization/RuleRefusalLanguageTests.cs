using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// A rule's refusal reads in the language of whoever is refused: the API's 409 <c>detail</c> in Spanish when
/// Accept-Language asks for it and, word for word, the English it always was otherwise; a page's message at the top of
/// its form in the page's language.
/// </summary>
public sealed class RuleRefusalLanguageTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Hours_for_a_day_not_yet_worked_are_refused_in_the_reader_s_language()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var tomorrow = new { workDate = District.Today.AddDays(1), hours = 2, tasks = "Mañana" };

        Assert.That(await RefusalAsync(scenario.Student.Client!, $"{scenario.Url}/hours", tomorrow, "es-MX,es;q=0.9"),
            Is.EqualTo("No se pueden registrar horas de un día que todavía no ha llegado."));
        Assert.That(await RefusalAsync(scenario.Student.Client!, $"{scenario.Url}/hours", tomorrow, "en-US"),
            Is.EqualTo("Hours cannot be logged for a day that has not happened yet."));
    }

    [Test]
    public async Task A_day_outside_the_placement_is_refused_with_its_dates_written_the_reader_s_way()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var placement = await scenario.Student.Client!.GetJsonAsync(scenario.Url);
        var (start, end) = (Day(placement["startDate"]!), Day(placement["endDate"]!));
        var before = new { workDate = start.AddDays(-1), hours = 2, tasks = "Antes de empezar" };

        var spanish = CultureInfo.GetCultureInfo("es-US");
        Assert.That(await RefusalAsync(scenario.Student.Client!, $"{scenario.Url}/hours", before, "es-US"),
            Is.EqualTo($"La pasantía va del {start.ToString("d MMM yyyy", spanish)} al {end.ToString("d MMM yyyy", spanish)}."));
        var us = CultureInfo.GetCultureInfo("en-US");
        Assert.That(await RefusalAsync(scenario.Student.Client!, $"{scenario.Url}/hours", before, "en-US"),
            Is.EqualTo($"The placement runs from {start.ToString("MMM d, yyyy", us)} to {end.ToString("MMM d, yyyy", us)}."));
    }

    [Test]
    public async Task A_refused_state_change_names_the_record_its_state_and_the_action_in_Spanish()
    {
        var pending = await PlacementScenario.CreateAsync(District);
        var today = new { workDate = District.Today, hours = 2, tasks = "Orientación" };
        Assert.That(await RefusalAsync(pending.Student.Client!, $"{pending.Url}/hours", today, "es"),
            Is.EqualTo("La pasantía está en estado «Pendiente»; no se le pueden registrar horas."));
        Assert.That(await RefusalAsync(pending.Student.Client!, $"{pending.Url}/hours", today, "en"),
            Is.EqualTo("The placement is pending; it cannot be given hours."));

        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var id = await District.ApplyAsync(student, scenario.PostingId);
        Assert.That(await RefusalAsync(student.Client!, $"/api/applications/{id}/accept", new { }, "es-US"),
            Is.EqualTo("La solicitud está en estado «Enviada»; no se puede aceptar."));
        Assert.That(await RefusalAsync(student.Client!, $"/api/applications/{id}/accept", new { }, "en-US"),
            Is.EqualTo("The application is submitted; it cannot be accepted."));
    }

    [Test]
    public async Task An_evaluation_already_in_is_refused_in_Spanish()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var evaluation = await PlacementScenario.EvaluationBodyAsync(scenario.Supervisor.Client, "Midpoint");
        await scenario.Supervisor.Client.PostJsonAsync($"{scenario.Url}/evaluations", evaluation, HttpStatusCode.Created);

        Assert.That(await RefusalAsync(scenario.Supervisor.Client, $"{scenario.Url}/evaluations", evaluation, "es-US"),
            Is.EqualTo("La evaluación de mitad de periodo ya se entregó."));
        Assert.That(await RefusalAsync(scenario.Supervisor.Client, $"{scenario.Url}/evaluations", evaluation, "en-US"),
            Is.EqualTo("The midpoint evaluation is already in."));
    }

    [Test]
    public async Task A_school_code_in_use_is_refused_in_Spanish_and_word_for_word_in_English()
    {
        var code = $"SC-{District.Next()}";
        await District.Coordinator.PostJsonAsync("/api/schools", new { name = $"School {District.Next()}", code, city = "Fresno" }, HttpStatusCode.Created);
        var again = new { name = $"School {District.Next()}", code, city = "Modesto" };

        Assert.That(await RefusalAsync(District.Coordinator, "/api/schools", again, "es-US"),
            Is.EqualTo($"Ya existe una escuela con el código {code}."));
        Assert.That(await RefusalAsync(District.Coordinator, "/api/schools", again, "en-US"),
            Is.EqualTo($"A school with code {code} already exists."));
    }

    [Test]
    public async Task Inviting_an_e_mail_that_has_an_account_is_refused_in_Spanish()
    {
        var invitation = new { email = InternshipsApiFactory.AdminEmail, role = "EmployerAdmin", employerId = await District.CreateEmployerAsync() };

        Assert.That(await RefusalAsync(District.Coordinator, "/api/invitations", invitation, "es"),
            Is.EqualTo($"Ya existe una cuenta para {InternshipsApiFactory.AdminEmail}."));
        Assert.That(await RefusalAsync(District.Coordinator, "/api/invitations", invitation, "en"),
            Is.EqualTo($"An account for {InternshipsApiFactory.AdminEmail} already exists."));
    }

    [Test]
    public async Task A_student_applying_twice_is_told_in_Spanish_with_tu()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId);
        var again = new { statement = "Me encantaría aprender con ustedes." };

        Assert.That(await RefusalAsync(student.Client!, $"/api/postings/{scenario.PostingId}/applications", again, "es-MX,es;q=0.9"),
            Is.EqualTo("Ya enviaste una solicitud para esta publicación."));
        Assert.That(await RefusalAsync(student.Client!, $"/api/postings/{scenario.PostingId}/applications", again, "en-US"),
            Is.EqualTo("You have already applied to this posting."));
    }

    [Test]
    public async Task A_revoked_invitation_and_a_notification_not_failed_name_their_state_in_Spanish()
    {
        var email = $"revoked{District.Next()}@employer.local";
        var invitation = await District.Coordinator.PostJsonAsync("/api/invitations",
            new { email, role = "EmployerAdmin", employerId = await District.CreateEmployerAsync() }, HttpStatusCode.Created);
        var url = $"/api/invitations/{District.Id(invitation)}";
        await District.Coordinator.PostJsonAsync($"{url}/revoke");

        Assert.That(await RefusalAsync(District.Coordinator, $"{url}/revoke", new { }, "es-US"), Is.EqualTo("La invitación ya estaba en estado «Revocada»."));
        Assert.That(await RefusalAsync(District.Coordinator, $"{url}/resend", new { }, "es-US"),
            Is.EqualTo("La invitación está en estado «Revocada»; no se puede volver a enviar."));
        Assert.That(await RefusalAsync(District.Coordinator, $"{url}/resend", new { }, "en-US"), Is.EqualTo("The invitation was revoked; it cannot be sent again."));

        // A notification of an application just made: waiting, being sent or sent, but not failed.
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId);
        var studentEmail = (await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>();
        var log = await District.Coordinator.GetJsonAsync($"/api/notifications?recipient={Uri.EscapeDataString(studentEmail)}");
        var notification = log["items"]!.AsArray().Single()!;
        Assert.That(notification["status"]!.GetValue<string>(), Is.Not.EqualTo("Failed"));

        Assert.That(await RefusalAsync(District.Coordinator, $"/api/notifications/{notification["id"]}/resend", new { }, "es"),
            Does.Match("^Solo se puede reenviar una notificación que falló; esta está en estado «(Pendiente|Enviándose|Enviada|Omitida)».$"));
        Assert.That(await RefusalAsync(District.Coordinator, $"/api/notifications/{notification["id"]}/resend", new { }, "en"),
            Does.Match("^Only a failed notification can be resent; this one is (pending|sending|sent|suppressed).$"));
    }

    [Test]
    public async Task The_placement_page_in_Spanish_shows_a_refused_day_in_Spanish()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var browser = PageBrowser.Open(District.Factory);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US");
        var email = (await scenario.Student.Client!.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        Assert.That((await PageBrowser.SignInAsync(browser, email, District.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var refused = await PageBrowser.PostFormAsync(browser, $"/placements/{scenario.PlacementId}?handler=LogHours", new()
        {
            ["Input.WorkDate"] = District.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Hours"] = "2",
            ["Input.Tasks"] = "Ordené las muestras.",
        });

        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.That(page, Does.Contain("No se pueden registrar horas de un día que todavía no ha llegado.")
            .And.Not.Contain("has not happened yet"));
    }

    private static async Task<string> RefusalAsync(ApiClient client, string url, object body, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var problem = await (await client.Http.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        return problem["detail"]!.GetValue<string>();
    }

    private static DateOnly Day(JsonNode node) => DateOnly.ParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
