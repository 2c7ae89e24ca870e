using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// A coordinator whose browser speaks Spanish: the employers, an employer's page and its worksite form, the contact log and
/// a new contact's form (refused empty, in Spanish), the rubric, and a placement's Site visits and History sections read
/// in Spanish; axe-core checks each page. Nothing is changed: the demo district stays as other tests expect it.
/// </summary>
public sealed class SpanishPartnerPagesTests
{
    [Test]
    public async Task A_coordinator_reading_Spanish_sees_the_employers_contact_log_rubric_and_a_record_s_history_in_Spanish()
    {
        var problems = new List<string>();
        var coordinator = await BrowserSession.OpenPhoneInSpanishAsync();
        await coordinator.GotoAsync("/account/sign-in");
        await coordinator.GetByLabel("Correo electrónico").FillAsync("coordinator@demo.local");
        await coordinator.GetByLabel("Contraseña").FillAsync(WebHost.DemoPassword);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión", Exact = true }).ClickAsync();
        await coordinator.WaitForArrivalAsync(PageArrival.AwayFromSignIn);

        await coordinator.GotoAsync("/coordinator/employers");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Empleadores");
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Agregar un empleador" })).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/employers (es)"));

        await coordinator.Locator("table a[href^='/coordinator/employers/']").First.ClickAsync();
        await coordinator.WaitForArrivalAsync(new Regex("/coordinator/employers/\\d+$"));
        var employer = new Uri(coordinator.Url).AbsolutePath;
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Acuerdo de colaboración" })).ToBeVisibleAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Supervisores" })).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/employers/{id} (es)"));

        await coordinator.GotoAsync(employer + "/worksite");
        await Expect(coordinator.GetByLabel("Compañía de seguros")).ToBeVisibleAsync();
        await Expect(coordinator.GetByLabel("Riesgos del lugar de trabajo evaluados")).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/employers/{id}/worksite (es)"));

        await coordinator.GotoAsync("/coordinator/contacts");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Visitas y contactos");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/contacts (es)"));

        // A contact sent empty is refused in Spanish, and nothing is recorded.
        await coordinator.GotoAsync("/coordinator/contacts/new");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Registrarlo" }).ClickAsync();
        await Expect(coordinator.Locator(".error-summary")).ToContainTextAsync("Escriba las notas: qué se vio o qué se dijo.");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/contacts/new refused (es)"));

        await coordinator.GotoAsync("/coordinator/rubric");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rúbrica de preparación profesional");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Bajar" }).First).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/rubric (es)"));

        await coordinator.GotoAsync("/placements?status=Active");
        await coordinator.Locator("table a[href^='/placements/']").First.ClickAsync();
        await coordinator.WaitForArrivalAsync(new Regex("/placements/\\d+$"));
        await Expect(coordinator.Locator("#visits")).ToHaveTextAsync("Visitas y contactos");
        await Expect(coordinator.Locator("#history")).ToHaveTextAsync("Historial");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/placements/{id} for a coordinator (es)"));

        await coordinator.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }
}
