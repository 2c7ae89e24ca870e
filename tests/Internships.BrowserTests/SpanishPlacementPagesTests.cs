using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// A supervisor whose browser speaks Spanish: their interns, an intern's placement and the evaluation form (refused
/// empty, with the rule's messages in Spanish) read in Spanish, as <i>usted</i>; axe-core checks each page. Nothing is
/// changed: the demo district's placements stay as other tests expect them.
/// </summary>
public sealed class SpanishPlacementPagesTests
{
    [Test]
    public async Task A_supervisor_reading_Spanish_sees_the_interns_a_placement_and_the_evaluation_form_in_Spanish()
    {
        var problems = new List<string>();
        var supervisor = await BrowserSession.OpenPhoneInSpanishAsync();
        await supervisor.GotoAsync("/account/sign-in");
        await supervisor.GetByLabel("Correo electrónico").FillAsync("supervisor@demo.local");
        await supervisor.GetByLabel("Contraseña").FillAsync(WebHost.DemoPassword);
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión", Exact = true }).ClickAsync();
        await supervisor.WaitForArrivalAsync(PageArrival.AwayFromSignIn);

        await supervisor.GotoAsync("/placements?status=Active");
        await Expect(supervisor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mis pasantes");
        await Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Mostrar" })).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(supervisor, "/placements (es)"));

        await supervisor.Locator("table a[href^='/placements/']").First.ClickAsync();
        await supervisor.WaitForArrivalAsync(new Regex("/placements/\\d+$"));
        var placement = new Uri(supervisor.Url).AbsolutePath;
        await Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = "Registro de horas" })).ToBeVisibleAsync();
        await Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = "Evaluaciones", Exact = true })).ToBeVisibleAsync();
        await Expect(supervisor.Locator(".tag").First).ToHaveTextAsync(new Regex("^(Activa|Pendiente|Completada|Terminada)$"));
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(supervisor, "/placements/{id} (es)"));

        // The evaluation form: the rubric and its levels in Spanish; sent empty, it is refused in Spanish and nothing is saved.
        await supervisor.GotoAsync(placement + "/evaluate?kind=Midpoint");
        await Expect(supervisor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Evaluación de mitad de periodo");
        await Expect(supervisor.Locator("legend").First).ToHaveTextAsync("Comunicación");
        await Expect(supervisor.GetByLabel("3 Competente").First).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(supervisor, "/placements/{id}/evaluate (es)"));
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Enviar la evaluación" }).ClickAsync();
        await Expect(supervisor.Locator("[data-valmsg-for='Input.Testimonial']")).ToHaveTextAsync("Escriba unas palabras sobre el pasante.");
        await Expect(supervisor.Locator(".error-summary")).ToContainTextAsync("Elija una calificación del 1 al 4.");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(supervisor, "/placements/{id}/evaluate refused (es)"));

        await supervisor.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }
}
