using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Internships.Domain.Guidance;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The accounts and audit pages (the accounts, one account, the invitations, the audit trail, the district sign-in's
/// refusal) read in Spanish by an administrator whose browser asks for it, with a question asked first, confirmations and
/// refused forms; and the messages shared by several pages and the API: the password policy's, the signed-PDF upload's,
/// and the unanswered questionnaire statement's.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_accounts_and_audit_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var employerId = await District.CreateEmployerAsync();
        var email = $"cuenta{District.Next()}@employer.local";
        var accountId = District.Id(await District.Admin.PostJsonAsync("/api/users",
            new { email, password = District.Password, role = "EmployerAdmin", employerId }, HttpStatusCode.Created));
        await District.Coordinator.PostJsonAsync("/api/invitations", new { email = $"invitada{District.Next()}@employer.local", role = "EmployerAdmin", employerId },
            HttpStatusCode.Created);
        var admin = await CoordinatorPages.SignInAsync(District, "Admin");
        await GetAsync(admin, "/accounts", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        // The switch, so the forms' posts (which the confirmations are said in) speak Spanish too.
        await PageBrowser.PostFormAsync(admin, "/language", new() { ["language"] = "es-US", ["returnUrl"] = "/accounts" });
        var english = AdminEnglish();

        var pages = new[]
        {
            "/accounts", "/accounts?status=Disabled", $"/accounts?q={Uri.EscapeDataString(email)}", $"/accounts/{accountId}",
            "/accounts/invitations", "/accounts/invitations?status=Revoked", "/admin/audit", "/admin/audit?entityType=Account&action=Created",
        };
        foreach (var url in pages)
        {
            AssertAdminPageReadsSpanish(await GetAsync(admin, url, "es-US"), url, english);
        }

        var audit = WebUtility.HtmlDecode(await GetAsync(admin, "/admin/audit?entityType=Account", "es-US"));
        Assert.That(audit, Does.Contain("Registro de auditoría").And.Contain("Cuándo (UTC)").And.Contain("Cuenta"));

        // The question asked first, then the confirmation, in the same language.
        var question = await ReadAsync(await PageBrowser.PostFormAsync(admin, $"/accounts?handler=Disable&id={accountId}", new()));
        AssertAdminPageReadsSpanish(question, "the disabling's question", english);
        Assert.That(WebUtility.HtmlDecode(question), Does.Contain($"¿Desactivar {email}?").And.Contain("Sí, desactivar la cuenta"));
        var disabled = await PageBrowser.PostFormAsync(admin, $"/accounts?handler=Disable&id={accountId}", new() { ["confirmed"] = "true" });
        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var list = await GetAsync(admin, "/accounts?status=Disabled", "es-US");
        AssertAdminPageReadsSpanish(list, "the disabling's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(list), Does.Contain($"La cuenta {email} está desactivada"));

        // Refused invitations: the page's own check and the use case's, both in Spanish.
        var empty = await ReadAsync(await PageBrowser.PostFormAsync(admin, "/accounts/invitations?handler=Invite", new()
        {
            ["Input.Email"] = "", ["Input.Role"] = "EmployerAdmin",
        }));
        AssertAdminPageReadsSpanish(empty, "the refused invitation", english);
        Assert.That(WebUtility.HtmlDecode(empty), Does.Contain("Escriba el correo electrónico al que se enviará la invitación."));
        var noEmployer = await ReadAsync(await PageBrowser.PostFormAsync(admin, "/accounts/invitations?handler=Invite", new()
        {
            ["Input.Email"] = $"sinempleador{District.Next()}@employer.local", ["Input.Role"] = "EmployerAdmin",
        }));
        AssertAdminPageReadsSpanish(noEmployer, "the invitation without its employer", english);
        Assert.That(WebUtility.HtmlDecode(noEmployer), Does.Contain("Una cuenta de administrador del empleador necesita su empleador."));
    }

    [Test]
    public async Task The_district_sign_in_s_refusal_reads_in_Spanish()
    {
        var browser = PageBrowser.Open(District.Factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/external?failed=district");
        request.Headers.AcceptLanguage.ParseAdd("es-US");
        var response = await browser.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var html = await response.Content.ReadAsStringAsync();
        AssertAdminPageReadsSpanish(html, "the district sign-in's refusal", AdminEnglish());
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("No inició sesión").And.Contain("No se completó el inicio de sesión con su cuenta del distrito."));
    }

    [Test]
    public async Task The_password_policy_refuses_in_Spanish_on_the_invitation_page_and_through_the_API()
    {
        var employerId = await District.CreateEmployerAsync();
        var email = $"politica{District.Next()}@employer.local";
        await District.Coordinator.PostJsonAsync("/api/invitations", new { email, role = "EmployerAdmin", employerId }, HttpStatusCode.Created);
        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");
        var link = $"/account/invitation?token={Uri.EscapeDataString(token)}";
        var browser = PageBrowser.Open(District.Factory);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-US");

        // Long enough for the page's own check, but no digit, capital or symbol: the identity store's policy refuses it.
        var refused = WebUtility.HtmlDecode(await ReadAsync(await PageBrowser.PostFormAsync(browser, link, new()
        {
            ["Token"] = token, ["Input.NewPassword"] = "solominusculas", ["Input.ConfirmPassword"] = "solominusculas",
        })));
        // The field shows the policy's first refusal.
        Assert.That(refused, Does.Contain("La contraseña debe tener al menos un carácter que no sea letra ni número (como ! o #).")
            .And.Not.Contain("Passwords must"));

        // Too short, through the API: the same policy, in the language the client asks for (and in English without it).
        var problem = await (await AcceptInvitationAsync(token, "Ab1!", "es")).ShouldBeValidationProblemAsync("password");
        Assert.That(problem["errors"]!["password"]!.AsArray().Select(e => e!.GetValue<string>()), Does.Contain("La contraseña debe tener al menos 8 caracteres."));
        var inEnglish = await (await AcceptInvitationAsync(token, "Ab1!", "en-US")).ShouldBeValidationProblemAsync("password");
        Assert.That(inEnglish["errors"]!["password"]!.AsArray().Select(e => e!.GetValue<string>()), Does.Contain("Passwords must be at least 8 characters."));
    }

    [Test]
    public async Task The_shared_messages_read_in_Spanish_through_the_API()
    {
        // A school code with other characters than letters, digits and hyphens.
        using var school = new HttpRequestMessage(HttpMethod.Post, "/api/schools") { Content = JsonContent.Create(new { name = $"Escuela {District.Next()}", code = "MAL CÓDIGO" }) };
        school.Headers.AcceptLanguage.ParseAdd("es");
        var schoolProblem = await (await District.Coordinator.Http.SendAsync(school)).ShouldBeValidationProblemAsync("code");
        Assert.That(schoolProblem["errors"]!["code"]![0]!.GetValue<string>(), Is.EqualTo("El código solo puede contener letras, dígitos y guiones."));

        // An unanswered statement of the questionnaire, quoted in Spanish as the page shows it.
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var answers = Enumerable.Range(0, InterestQuestionnaire.Count).Select(i => i == 4 ? (int?)null : 1).ToArray();
        using var unanswered = new HttpRequestMessage(HttpMethod.Put, "/api/me/interest-profile") { Content = JsonContent.Create(new { answers }) };
        unanswered.Headers.AcceptLanguage.ParseAdd("es");
        var problem = await (await student.Client!.Http.SendAsync(unanswered)).ShouldBeValidationProblemAsync("answers[4]");
        var spanish = Read(Path.Combine(RepositoryRoot.Path, "src", "Internships.Web", "Resources", "GuidanceText.es.resx"))
            ["Interests.Statement." + InterestQuestionnaire.Items[4].Key];
        Assert.That(problem["errors"]!["answers[4]"]![0]!.GetValue<string>(), Is.EqualTo($"Elige una respuesta para “{spanish}”."));
    }

    /// <summary>
    /// The area's English, without the words an account's record is named by ("supervisor 4 at employer 2"), which the
    /// test accounts' own addresses also hold ("supervisor-pages-7@…", "@employer.local").
    /// </summary>
    private static List<string> AdminEnglish() =>
        EnglishTexts("AdminText").Where(text => text is not ("supervisor" or "employer" or "student")).ToList();

    private static async Task<HttpResponseMessage> AcceptInvitationAsync(string token, string password, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/invitations/accept") { Content = JsonContent.Create(new { token, password }) };
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return await District.Anonymous.Http.SendAsync(request);
    }

    /// <summary>
    /// An accounts or audit page in Spanish, and none of this area's keys (whose prefixes the shared check does not know)
    /// shown. The audit trail's lines keep who did it, the summary and the fields as they were written: left out.
    /// </summary>
    private static void AssertAdminPageReadsSpanish(string html, string what, IReadOnlyList<string> english)
    {
        html = AuditLineCell().Replace(html, "");
        AssertReadsSpanish(html, what, english);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(AdminKey().Matches(text).Select(m => m.Value), Is.Empty, $"{what} shows a resource key: a text missing from the .resx files");
    }

    [GeneratedRegex(@"\b(?:Accounts|Account|Role|Invitations|Audit|External|Identity)\.[A-Z][A-Za-z0-9.]+")]
    private static partial Regex AdminKey();

    [GeneratedRegex(@"<td data-label=""(?:Qui&#xE9;n|Quién|Qu&#xE9;|Qué|Registro|Cambios)"">.*?</td>", RegexOptions.Singleline)]
    private static partial Regex AuditLineCell();
}
