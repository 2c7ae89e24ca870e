using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Localization;

/// <summary>
/// The coordinator's partner records (the employers and their agreement, insurance, safety checklist and supervisors, the
/// contact log and a new contact, the rubric) and the History and Site visits sections of a record read in Spanish by a
/// coordinator who chose it, with refused forms and confirmations in the same language.
/// </summary>
public sealed partial class LanguageTests
{
    [Test]
    public async Task The_partner_pages_read_in_Spanish_show_no_resource_key_and_none_of_their_English()
    {
        var placement = await PlacementScenario.CreateAsync(District, activate: true);
        var employerId = placement.Employer.EmployerId;
        await District.Coordinator.PutJsonAsync($"/api/employers/{employerId}/worksite", new
        {
            insuranceCarrier = "Valley Mutual", insurancePolicyNumber = "GL-22-0419", insuranceExpiresOn = District.Today.AddMonths(10),
            safetyChecks = new[] { new { item = "HazardAssessment", checkedOn = District.Today } },
        });
        await District.Coordinator.PostJsonAsync("/api/contacts", new
        {
            placementId = placement.PlacementId, occurredOn = District.Today, kind = "SiteVisit", with = new[] { "Supervisor", "Student" },
            notes = "Todo en orden en el taller.", followUp = "Revisar las horas", followUpDueOn = District.Today.AddDays(7),
        }, HttpStatusCode.Created);
        var competencyId = (await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.GetAsync("/api/rubric")))[0]!["id"]!.GetValue<int>();
        var coordinator = await CoordinatorPages.SignInAsync(District);
        await GetAsync(coordinator, "/coordinator/employers", "en-US"); // the sign-in's "You are signed in." was said in English: shown once, here
        await PageBrowser.PostFormAsync(coordinator, "/language", new() { ["language"] = "es-US", ["returnUrl"] = "/coordinator/employers" });
        // The test district's employers are named "Employer …": the table's column "Employer" is looked for in the other texts only.
        var english = EnglishTexts("PartnerText").Where(text => text != "Employer").ToList();

        var employer = $"/coordinator/employers/{employerId}";
        var pages = new[]
        {
            "/coordinator/employers", "/coordinator/employers?q=nadie-se-llama-asi", "/coordinator/employers/new", employer, $"{employer}/edit",
            $"{employer}/agreement", $"{employer}/worksite", $"{employer}/supervisors/{placement.Supervisor.SupervisorId}",
            "/coordinator/contacts", $"/coordinator/contacts?placementId={placement.PlacementId}&followUp=Open", "/coordinator/contacts/new",
            $"/coordinator/contacts/new?placementId={placement.PlacementId}", "/coordinator/rubric", $"/coordinator/rubric/{competencyId}/edit",
            $"/placements/{placement.PlacementId}", $"/coordinator/students/{placement.Student.StudentId}",
        };
        foreach (var url in pages)
        {
            AssertPartnerPageReadsSpanish(await GetAsync(coordinator, url, "es-US"), url, english);
        }

        // A placement's Site visits and History sections: their words in Spanish; what the trail recorded as it was written.
        var placementPage = WebUtility.HtmlDecode(await GetAsync(coordinator, $"/placements/{placement.PlacementId}", "es-US"));
        Assert.That(placementPage, Does.Contain("Visitas y contactos").And.Contain("Registrar una visita o un contacto")
            .And.Contain("Historial").And.Contain("Cuándo (UTC)").And.Contain("Pasantía"));
        Assert.That(placementPage, Does.Contain("<td data-label=\"Qué\">Creado</td>").And.Not.Contain("When (UTC)").And.Not.Contain(">Created<"));

        // Refused forms, in Spanish beside their fields.
        var refusedContact = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, $"/coordinator/contacts/new?placementId={placement.PlacementId}", new()
        {
            ["Input.OccurredOn"] = District.Today.ToString("yyyy-MM-dd"), ["Input.Kind"] = "PhoneCall", ["Input.Notes"] = "",
        }));
        AssertPartnerPageReadsSpanish(refusedContact, "the refused contact", english);
        Assert.That(WebUtility.HtmlDecode(refusedContact), Does.Contain("Escriba las notas: qué se vio o qué se dijo."));
        var refusedWorksite = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, $"{employer}/worksite", new()
        {
            ["Input.InsuranceCarrier"] = "Valley Mutual", ["Input.InsurancePolicyNumber"] = "",
            ["Input.Checks[0].Item"] = "HazardAssessment", ["Input.Checks[0].Checked"] = "true", ["Input.Checks[0].CheckedOn"] = District.Today.AddDays(3).ToString("yyyy-MM-dd"),
        }));
        AssertPartnerPageReadsSpanish(refusedWorksite, "the refused worksite checks", english);
        Assert.That(WebUtility.HtmlDecode(refusedWorksite), Does.Contain("Escriba el número de póliza.").And.Contain("El día de la revisión no puede ser posterior a hoy."));
        var refusedCompetency = await ReadAsync(await PageBrowser.PostFormAsync(coordinator, "/coordinator/rubric?handler=Add", new()
        {
            ["Input.Name"] = "Alfabetización de datos", ["Input.Key"] = "Data Literacy",
        }));
        AssertPartnerPageReadsSpanish(refusedCompetency, "the refused competency", english);
        Assert.That(WebUtility.HtmlDecode(refusedCompetency), Does.Contain("La clave son palabras en minúsculas unidas por guiones"));

        // A confirmation, in the same language.
        var recorded = await PageBrowser.PostFormAsync(coordinator, $"/coordinator/contacts/new?placementId={placement.PlacementId}", new()
        {
            ["Input.OccurredOn"] = District.Today.ToString("yyyy-MM-dd"), ["Input.Kind"] = "PhoneCall", ["Input.With"] = "Supervisor",
            ["Input.Notes"] = "Llamé para confirmar el horario.",
        });
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var confirmed = await GetAsync(coordinator, $"/placements/{placement.PlacementId}", "es-US");
        AssertPartnerPageReadsSpanish(confirmed, "the contact's confirmation", english);
        Assert.That(WebUtility.HtmlDecode(confirmed), Does.Contain("Se registró el contacto con").And.Contain("(llamada"));
    }

    /// <summary>A partner page in Spanish, and none of this area's keys (whose prefixes the shared check does not know) shown.</summary>
    private static void AssertPartnerPageReadsSpanish(string html, string what, IReadOnlyList<string> english)
    {
        // The audit trail's summaries and changed fields are what it recorded, in the words they were written in ("Placement started"): left out.
        html = RecordedAuditCell().Replace(html, "");
        AssertReadsSpanish(html, what, english);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, "\n"));
        Assert.That(PartnerKey().Matches(text).Select(m => m.Value), Is.Empty, $"{what} shows a PartnerText key: a text missing from the .resx files");
    }

    [GeneratedRegex(@"<td data-label=""(?:Qu(?:é|&#xE9;)|Cambios)"">.*?</td>", RegexOptions.Singleline)]
    private static partial Regex RecordedAuditCell();

    [GeneratedRegex(@"\b(?:Employers|Details|Safety|Profile|Agreement|Worksite|Supervisor|Visits|Rubric|History|Audit)\.[A-Z][A-Za-z0-9]+")]
    private static partial Regex PartnerKey();
}
