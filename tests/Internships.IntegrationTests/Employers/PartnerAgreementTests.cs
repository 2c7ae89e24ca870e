using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Employers;

/// <summary>
/// The partner agreement's dates and its signed PDF: recorded by coordinators, downloaded by coordinators and the
/// employer's own admins, refused when not a PDF or too large, and never half-saved.
/// </summary>
public sealed class PartnerAgreementTests
{
    private static District District => TestHost.District;

    private static string Url(int employerId) => $"/api/employers/{employerId}/partner-agreement";

    [Test]
    public async Task A_coordinator_records_the_agreement_and_its_pdf_which_the_employers_admins_can_download()
    {
        var employer = await District.CreateEmployerWithAdminAsync(withAgreement: false);
        var other = await District.CreateEmployerWithAdminAsync();
        var supervisor = await District.CreateSupervisorAsync(employer.EmployerId);

        var recorded = await District.Coordinator.PutJsonAsync(Url(employer.EmployerId),
            new { signedOn = District.Today.AddDays(-3), expiresOn = District.Today.AddYears(2) });
        Assert.That(recorded["partnerAgreementSignedOn"]!.GetValue<string>(), Is.EqualTo(District.Today.AddDays(-3).ToString("yyyy-MM-dd")));
        Assert.That(recorded["hasPartnerAgreementDocument"]!.GetValue<bool>(), Is.False);

        var pdf = Pdf.Document();
        var uploaded = await District.Coordinator.ExpectAsync<JsonObject>(
            District.Coordinator.Http.PutAsync($"{Url(employer.EmployerId)}/document", Pdf.Body(pdf, fileName: "agreement-signed.pdf")));
        Assert.That(uploaded["hasPartnerAgreementDocument"]!.GetValue<bool>(), Is.True);

        foreach (var reader in new[] { District.Coordinator, employer.Client })
        {
            var download = await reader.GetAsync($"{Url(employer.EmployerId)}/document");
            await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
            Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName,
                Is.EqualTo("agreement-signed.pdf"));
            Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
        }

        await (await other.Client.GetAsync($"{Url(employer.EmployerId)}/document")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await supervisor.Client.GetAsync($"{Url(employer.EmployerId)}/document")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employer.Client.Http.PutAsync($"{Url(employer.EmployerId)}/document", Pdf.Body(pdf))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_replaced_pdf_is_deleted_with_the_change()
    {
        var employerId = await District.CreateEmployerAsync();
        await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PutAsync($"{Url(employerId)}/document", Pdf.Body(Pdf.Document("first"))));
        var files = await District.Factory.WithDbAsync(db => Task.FromResult(db.StoredFiles.Count()));

        var second = Pdf.Document("second");
        await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PutAsync($"{Url(employerId)}/document", Pdf.Body(second)));

        Assert.That(await District.Factory.WithDbAsync(db => Task.FromResult(db.StoredFiles.Count())), Is.EqualTo(files));
        Assert.That(await (await District.Coordinator.GetAsync($"{Url(employerId)}/document")).Content.ReadAsByteArrayAsync(), Is.EqualTo(second));
    }

    [Test]
    public async Task A_file_that_is_not_a_pdf_or_too_large_or_not_sent_as_one_is_refused()
    {
        var employerId = await District.CreateEmployerAsync();

        var image = await (await District.Coordinator.Http.PutAsync($"{Url(employerId)}/document", Pdf.Body(Pdf.NotAPdf)))
            .ShouldBeValidationProblemAsync("document");
        Assert.That(image["errors"]!["document"]![0]!.GetValue<string>(), Is.EqualTo("The signed agreement must be a PDF file."));

        var large = new byte[6 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(large);
        await (await District.Coordinator.Http.PutAsync($"{Url(employerId)}/document", Pdf.Body(large))).ShouldBeValidationProblemAsync("body");

        await (await District.Coordinator.Http.PutAsync($"{Url(employerId)}/document", Pdf.Body(Pdf.Document(), "image/png")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await District.Coordinator.GetAsync($"{Url(employerId)}/document")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Dates_are_checked_and_named_as_the_page_labels_them()
    {
        var employerId = await District.CreateEmployerAsync(withAgreement: false);

        var problem = await (await District.Coordinator.PutAsync(Url(employerId), new { signedOn = District.Today.AddDays(1), expiresOn = District.Today }))
            .ShouldBeValidationProblemAsync("signedOn", "expiresOn");
        Assert.That(problem["errors"]!["signedOn"]![0]!.GetValue<string>(), Is.EqualTo("The signing date cannot be in the future."));
        Assert.That(problem["errors"]!["expiresOn"]![0]!.GetValue<string>(), Is.EqualTo("The expiry date must be after the signing date."));

        // Without a signing date there is nothing to attach the signed copy to.
        await (await District.Coordinator.Http.PutAsync($"{Url(employerId)}/document", Pdf.Body(Pdf.Document()))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task The_page_refuses_a_file_that_is_not_a_pdf_beside_its_field_and_saves_neither_the_dates_nor_the_file()
    {
        var employerId = await District.CreateEmployerAsync(withAgreement: false);
        var browser = await CoordinatorPages.SignInAsync(District);

        var response = await CoordinatorPages.PostFormAsync(browser, $"/coordinator/employers/{employerId}/agreement", new()
        {
            ["Input.SignedOn"] = District.Today.ToString("yyyy-MM-dd"),
            ["Input.ExpiresOn"] = District.Today.AddYears(1).ToString("yyyy-MM-dd"),
        }, ("Input.Document", "agreement.pdf", Pdf.NotAPdf));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(page, Does.Match("data-valmsg-for=\"Input.Document\"[^>]*>The signed agreement must be a PDF file."));
        var employer = await District.Coordinator.GetJsonAsync($"/api/employers/{employerId}");
        Assert.That(employer["partnerAgreementSignedOn"], Is.Null, "the dates were not saved without their file");
        Assert.That(employer["hasPartnerAgreementDocument"]!.GetValue<bool>(), Is.False);
    }
}
