using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Placements;

/// <summary>A placement's documents with their expiry and signed copies (PDFs), through the API and the page.</summary>
public sealed class PlacementPaperworkTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_work_permit_is_recorded_with_its_expiry_and_its_signed_copy_only_coordinators_download()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        var recorded = await District.Coordinator.PostJsonAsync($"{scenario.Url}/documents",
            new { type = "WorkPermit", receivedOn = District.Today, expiresOn = District.Today.AddMonths(9) });
        var permit = recorded["documents"]!.AsArray().Single()!;
        Assert.That(permit["expiresOn"]!.GetValue<string>(), Is.EqualTo(District.Today.AddMonths(9).ToString("yyyy-MM-dd")));
        Assert.That(permit["hasFile"]!.GetValue<bool>(), Is.False);

        var pdf = Pdf.Document("permit");
        var attached = await District.Coordinator.ExpectAsync<JsonObject>(
            District.Coordinator.Http.PutAsync($"{scenario.Url}/documents/WorkPermit/file", Pdf.Body(pdf, fileName: "permit.pdf")));
        permit = attached["documents"]!.AsArray().Single()!;
        Assert.That(permit["hasFile"]!.GetValue<bool>(), Is.True);
        Assert.That(permit["expiresOn"]!.GetValue<string>(), Is.EqualTo(District.Today.AddMonths(9).ToString("yyyy-MM-dd")), "attaching keeps the dates");

        var download = await District.Coordinator.GetAsync($"{scenario.Url}/documents/WorkPermit/file");
        await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
        await (await scenario.Employer.Client.GetAsync($"{scenario.Url}/documents/WorkPermit/file")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await scenario.Student.Client!.GetAsync($"{scenario.Url}/documents/WorkPermit/file")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.GetAsync($"{scenario.Url}/documents/GuardianConsent/file")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_replaced_signed_copy_is_deleted_with_the_change()
    {
        var scenario = await PlacementScenario.CreateAsync(District, studentAge: 18);
        await District.Coordinator.PostJsonAsync($"{scenario.Url}/documents", new { type = "TrainingAgreement", receivedOn = District.Today });
        var url = $"{scenario.Url}/documents/TrainingAgreement/file";
        await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PutAsync(url, Pdf.Body(Pdf.Document("first"))));
        var files = await District.Factory.WithDbAsync(db => Task.FromResult(db.StoredFiles.Count()));

        var second = Pdf.Document("second");
        await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PutAsync(url, Pdf.Body(second)));

        Assert.That(await District.Factory.WithDbAsync(db => Task.FromResult(db.StoredFiles.Count())), Is.EqualTo(files));
        Assert.That(await (await District.Coordinator.GetAsync(url)).Content.ReadAsByteArrayAsync(), Is.EqualTo(second));
    }

    [Test]
    public async Task A_signed_copy_needs_its_document_recorded_first_and_must_be_a_pdf()
    {
        var scenario = await PlacementScenario.CreateAsync(District);

        await (await District.Coordinator.Http.PutAsync($"{scenario.Url}/documents/TrainingAgreement/file", Pdf.Body(Pdf.Document())))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await District.Coordinator.PostJsonAsync($"{scenario.Url}/documents", new { type = "TrainingAgreement", receivedOn = District.Today });
        await (await District.Coordinator.Http.PutAsync($"{scenario.Url}/documents/TrainingAgreement/file", Pdf.Body(Pdf.NotAPdf)))
            .ShouldBeValidationProblemAsync("file");
        await (await District.Coordinator.Http.PutAsync($"{scenario.Url}/documents/Diploma/file", Pdf.Body(Pdf.Document())))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_expiry_before_the_date_received_is_refused_in_the_pages_words()
    {
        var scenario = await PlacementScenario.CreateAsync(District);

        var problem = await (await District.Coordinator.PostAsync($"{scenario.Url}/documents",
            new { type = "WorkPermit", receivedOn = District.Today, expiresOn = District.Today.AddDays(-1) })).ShouldBeValidationProblemAsync("expiresOn");
        Assert.That(problem["errors"]!["expiresOn"]![0]!.GetValue<string>(), Is.EqualTo("The expiry date must be after the date received."));

        problem = await (await District.Coordinator.PostAsync($"{scenario.Url}/documents", new { type = "WorkPermit", receivedOn = District.Today.AddDays(1) }))
            .ShouldBeValidationProblemAsync("receivedOn");
        Assert.That(problem["errors"]!["receivedOn"]![0]!.GetValue<string>(), Is.EqualTo("The date received cannot be in the future."));
    }

    [Test]
    public async Task The_page_records_the_document_with_its_pdf_and_a_bad_file_records_nothing()
    {
        var scenario = await PlacementScenario.CreateAsync(District, studentAge: 18);
        var browser = await CoordinatorPages.SignInAsync(District);
        var path = $"/placements/{scenario.PlacementId}?handler=Document";
        var fields = new Dictionary<string, string>
        {
            ["Input.Type"] = "TrainingAgreement",
            ["Input.ReceivedOn"] = District.Today.ToString("yyyy-MM-dd"),
        };

        var refused = await CoordinatorPages.PostFormAsync(browser, path, fields, ("Input.File", "agreement.pdf", Pdf.NotAPdf));
        await refused.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Match("data-valmsg-for=\"Input.File\"[^>]*>The signed document must be a PDF file."));
        var placement = await District.Coordinator.GetJsonAsync(scenario.Url);
        Assert.That(placement["documents"]!.AsArray(), Is.Empty, "nothing is recorded without its file");

        var missing = await CoordinatorPages.PostFormAsync(browser, path, fields);
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("Choose the signed document: a PDF of at most 5 MB."));

        var pdf = Pdf.Document("training agreement");
        var recorded = await CoordinatorPages.PostFormAsync(browser, path, fields, ("Input.File", "agreement.pdf", pdf));
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        placement = await District.Coordinator.GetJsonAsync(scenario.Url);
        Assert.That(placement["status"]!.GetValue<string>(), Is.EqualTo("Active"), "an adult needs only the training agreement");
        var download = await browser.GetAsync($"/placements/{scenario.PlacementId}?handler=Document&type=TrainingAgreement");
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
    }
}
