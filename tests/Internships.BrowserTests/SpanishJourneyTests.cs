using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// A student whose browser speaks Spanish: signs in, searches, applies (an empty statement first: the rule's message in
/// Spanish), finds the application among theirs, and switches the language with the header's button; axe-core checks
/// every page on the way, in Spanish.
/// </summary>
public sealed class SpanishJourneyTests
{
    [Test]
    public async Task A_student_reading_Spanish_searches_applies_and_finds_the_application()
    {
        var data = await JourneyData.CreateAsync();
        var coordinator = await BrowserSession.ApiAsync("coordinator@demo.local");
        (await coordinator.PostAsync($"/api/postings/{data.PostingId}/approve", null)).EnsureSuccessStatusCode();
        var problems = new List<string>();
        var student = await BrowserSession.OpenPhoneInSpanishAsync();

        // Signing in, in Spanish (usted: the page is for everyone).
        await student.GotoAsync("/account/sign-in");
        await Expect(student.Locator("html")).ToHaveAttributeAsync("lang", "es-US");
        await Expect(student.GetByRole(AriaRole.Link, new() { Name = "¿Olvidó su contraseña?" })).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/account/sign-in (es)"));
        await student.GetByLabel("Correo electrónico").FillAsync(data.StudentEmail);
        await student.GetByLabel("Contraseña").FillAsync(data.Password);
        await student.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión", Exact = true }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/student$"));
        await Expect(student.GetByRole(AriaRole.Status)).ToHaveTextAsync("Inició sesión.");
        await Expect(student.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tus pasantías");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/student (es)"));

        // Searching (tú: the student's own pages).
        await student.GetByRole(AriaRole.Link, new() { Name = "Buscar pasantías" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Busca una pasantía");
        await student.GetByText("Filtros", new() { Exact = false }).First.ClickAsync();
        await student.GetByLabel("Solo las ofertas abiertas para mí").UncheckAsync();
        await student.GetByLabel("Palabras clave").FillAsync(data.Tag);
        await student.GetByRole(AriaRole.Button, new() { Name = "Buscar", Exact = true }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("q="));
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/postings (es)"));
        await Expect(student.Locator(".postings")).ToContainTextAsync("/hora");
        await student.GetByRole(AriaRole.Link, new() { Name = data.PostingTitle }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex($"/postings/{data.PostingId}$"));
        await Expect(student.Locator(".facts")).ToContainTextAsync("por hora");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/postings/{id} (es)"));

        // Applying: an empty statement is refused in Spanish, next to its field.
        await student.GetByRole(AriaRole.Button, new() { Name = "Enviar mi solicitud" }).ClickAsync();
        await Expect(student.Locator("[data-valmsg-for='Input.Statement']")).ToHaveTextAsync("Cuéntale al empleador por qué quieres esta pasantía.");
        await Expect(student.Locator(".error-summary h2")).ToHaveTextAsync("Hay un problema");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/postings/{id} refused (es)"));
        await student.GetByLabel("¿Por qué quieres esta pasantía?").FillAsync("Analizo el agua de mi pozo en la clase de química y quiero aprender cómo lo hace la planta.");
        await student.GetByRole(AriaRole.Button, new() { Name = "Enviar mi solicitud" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/student/applications$"));
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync($"Te postulaste a “{data.PostingTitle}”");
        var card = student.Locator($"[data-application]").Filter(new() { HasText = data.PostingTitle });
        await Expect(card.Locator(".tag")).ToHaveTextAsync("Enviada");
        await Expect(card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Retirar") })).ToBeVisibleAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/student/applications (es)"));

        // The header's switch: English, on the same page, and back; the choice is stored with the account.
        await student.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/student/applications$"));
        await Expect(student.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        await Expect(student.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My applications");
        await student.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await Expect(student.Locator("html")).ToHaveAttributeAsync("lang", "es-US");
        await student.GotoAsync("/settings/language");
        await Expect(student.GetByLabel("Español")).ToBeCheckedAsync();
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/settings/language (es)"));

        await student.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }
}
