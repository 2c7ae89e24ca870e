using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// The adults' half of the journey with every browser speaking Spanish: the coordinator approves the posting from the
/// queue, the employer reads the applicant and makes an offer, the student accepts it, and the placement it becomes is
/// on the coordinator's list and page. The questions asked first, the notices and axe-core's check on every page are
/// all in Spanish.
/// </summary>
public sealed class SpanishOfferJourneyTests
{
    [Test]
    public async Task A_coordinator_and_an_employer_reading_Spanish_open_a_posting_and_offer_it_and_the_student_accepts()
    {
        var data = await JourneyData.CreateAsync();
        var problems = new List<string>();
        var coordinator = await BrowserSession.OpenInSpanishAsync("coordinator@demo.local");

        // The approval queue: the posting opens.
        await coordinator.GotoAsync("/coordinator/approvals");
        await Expect(coordinator.Locator("html")).ToHaveAttributeAsync("lang", "es-US");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ofertas por aprobar");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/approvals (es)"));
        await coordinator.Locator($"[data-posting='{data.PostingId}']").GetByRole(AriaRole.Button, new() { Name = "Aprobar y abrir" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{data.PostingTitle}”, de ");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("está abierta a los estudiantes.");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/coordinator/approvals approved (es)"));

        // The student applies (their half in Spanish is SpanishJourneyTests').
        using (var studentApi = await BrowserSession.ApiAsync(data.StudentEmail, data.Password))
        {
            var applied = await studentApi.PostAsJsonAsync($"/api/postings/{data.PostingId}/applications",
                new { statement = "Analizo el agua de mi pozo en la clase de química." });
            Assert.That(applied.IsSuccessStatusCode, Is.True, await applied.Content.ReadAsStringAsync());
        }

        // The employer reads the statement and offers the place, answering the question first.
        var employer = await BrowserSession.OpenInSpanishAsync(data.EmployerEmail, data.Password);
        await employer.GotoAsync("/employer/postings");
        await Expect(employer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nuestras ofertas");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(employer, "/employer/postings (es)"));
        await employer.GotoAsync($"/employer/postings/{data.PostingId}/applicants");
        await Expect(employer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Solicitantes");
        await Expect(employer.Locator(".applicants")).ToContainTextAsync("Analizo el agua de mi pozo");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(employer, "/employer/postings/{id}/applicants (es)"));
        await ConfirmationPanel.AskedAsync(employer, employer.GetByRole(AriaRole.Button, new() { Name = "Hacer una oferta" }),
            $"¿Ofrecer a {data.StudentName} la pasantía {data.PostingTitle}?", problems);
        await ConfirmationPanel.YesAsync(employer, $"Sí, ofrecer el puesto a {data.StudentName}");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"Le ofreció la pasantía a {data.StudentName}.");

        // The student accepts; the placement waits for its paperwork.
        var student = await BrowserSession.OpenInSpanishAsync(data.StudentEmail, data.Password);
        await student.GotoAsync("/student/applications");
        await Expect(student.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mis solicitudes");
        await Expect(student.Locator("[data-application]").Filter(new() { HasText = data.PostingTitle }).Locator(".tag")).ToHaveTextAsync("Con oferta");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/student/applications offered (es)"));
        await student.GetByRole(AriaRole.Button, new() { Name = "Aceptar la oferta" }).ClickAsync();
        await ConfirmationPanel.YesAsync(student, "Sí, aceptar la oferta");
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("Aceptaste la oferta de ");
        await student.GotoAsync("/student");
        await student.GetByRole(AriaRole.Link, new() { Name = "Ve tu pasantía y tu progreso" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/placements/"));
        var placement = new Uri(student.Url).AbsolutePath;
        await Expect(student.Locator("html")).ToHaveAttributeAsync("lang", "es-US");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(student, "/placements/{id} as the intern (es)"));

        // The coordinator's list of pending placements, and the new placement's page.
        await coordinator.GotoAsync("/placements?status=Pending");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pasantías");
        await Expect(coordinator.Locator("table")).ToContainTextAsync("Pendiente");
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/placements (es)"));
        await coordinator.GotoAsync(placement);
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(data.PostingTitle);
        await Expect(coordinator.Locator("main")).ToContainTextAsync(data.StudentName);
        problems.AddRange(await AccessibilityTests.BlockingViolationsAsync(coordinator, "/placements/{id} as the coordinator (es)"));

        await coordinator.Context.CloseAsync();
        await employer.Context.CloseAsync();
        await student.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }
}
