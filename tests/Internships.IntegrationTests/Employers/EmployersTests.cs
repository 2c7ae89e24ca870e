using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Employers;

public sealed class EmployersTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Coordinator_records_an_employer_with_its_partner_agreement()
    {
        var name = $"City of Fresno {District.Next()}";
        var employer = await District.Coordinator.PostJsonAsync("/api/employers", new
        {
            name, industry = "Local government", contactEmail = "hr@fresno.local", phone = "559-555-0100",
            website = "https://fresno.example", city = "Fresno",
            partnerAgreementSignedOn = District.Today.AddMonths(-2), partnerAgreementExpiresOn = District.Today.AddYears(2),
        }, HttpStatusCode.Created);

        var read = await District.Coordinator.GetJsonAsync($"/api/employers/{District.Id(employer)}");
        Assert.That(read["name"]!.GetValue<string>(), Is.EqualTo(name));
        Assert.That(read["partnerAgreementExpiresOn"]!.GetValue<string>(), Is.EqualTo(District.Today.AddYears(2).ToString("yyyy-MM-dd")));

        var list = await District.Coordinator.GetJsonAsync($"/api/employers?q={Uri.EscapeDataString(name)}");
        Assert.That(list["total"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Invalid_fields_are_named()
    {
        var response = await District.Coordinator.PostAsync("/api/employers", new
        {
            name = "", industry = "x", contactEmail = "nope", website = "ftp://x",
            partnerAgreementSignedOn = District.Today, partnerAgreementExpiresOn = District.Today.AddDays(-1),
        });

        await response.ShouldBeValidationProblemAsync("name", "contactEmail", "website", "partnerAgreementExpiresOn");
    }

    [Test]
    public async Task Employer_admin_keeps_their_profile_current_but_cannot_change_the_agreement_or_another_employer()
    {
        var mine = await District.CreateEmployerWithAdminAsync();
        var other = await District.CreateEmployerAsync();
        var current = await mine.Client.GetJsonAsync($"/api/employers/{mine.EmployerId}");

        var updated = await mine.Client.ReplaceJsonAsync($"/api/employers/{mine.EmployerId}", new
        {
            name = current["name"]!.GetValue<string>(), industry = "Civil engineering", contactEmail = "new@employer.local",
            partnerAgreementSignedOn = current["partnerAgreementSignedOn"]!.GetValue<string>(),
            partnerAgreementExpiresOn = current["partnerAgreementExpiresOn"]!.GetValue<string>(),
        });
        Assert.That(updated["contactEmail"]!.GetValue<string>(), Is.EqualTo("new@employer.local"));

        var extendAgreement = await mine.Client.ReplaceAsync($"/api/employers/{mine.EmployerId}", new
        {
            name = current["name"]!.GetValue<string>(), industry = "Civil engineering", contactEmail = "new@employer.local",
            partnerAgreementSignedOn = current["partnerAgreementSignedOn"]!.GetValue<string>(),
            partnerAgreementExpiresOn = District.Today.AddYears(10),
        });
        await extendAgreement.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var otherResponse = await mine.Client.PutAsync($"/api/employers/{other}", new { name = "Mine now", industry = "x", contactEmail = "a@b.local" }, "*");
        await otherResponse.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await mine.Client.GetAsync($"/api/employers/{other}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Employer_admin_manages_their_supervisors()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var email = $"lee{District.Next()}@employer.local";

        var supervisor = await employer.Client.PostJsonAsync($"/api/employers/{employer.EmployerId}/supervisors", new
        {
            firstName = "Lee", lastName = "Chen", email, jobTitle = "Project engineer",
        }, HttpStatusCode.Created);
        var id = District.Id(supervisor);

        var duplicate = await employer.Client.PostAsync($"/api/employers/{employer.EmployerId}/supervisors", new
        {
            firstName = "Lee", lastName = "Chen", email,
        });
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var updated = await employer.Client.PutJsonAsync($"/api/supervisors/{id}", new
        {
            firstName = "Lee", lastName = "Chen", email, jobTitle = "Senior engineer", isActive = false,
        }, ApiClient.ETagOf(supervisor));
        Assert.That(updated["isActive"]!.GetValue<bool>(), Is.False);

        var list = await employer.Client.GetJsonAsync($"/api/employers/{employer.EmployerId}/supervisors");
        Assert.That(list["items"]!.AsArray().Select(i => i!["jobTitle"]!.GetValue<string>()), Is.EqualTo(new[] { "Senior engineer" }));
    }

    [Test]
    public async Task Another_employers_admin_cannot_touch_my_supervisors()
    {
        var mine = await District.CreateEmployerWithAdminAsync();
        var other = await District.CreateEmployerWithAdminAsync();
        var supervisor = await District.CreateSupervisorAsync(mine.EmployerId);

        var add = await other.Client.PostAsync($"/api/employers/{mine.EmployerId}/supervisors", new { firstName = "X", lastName = "Y", email = "x@y.local" });
        await add.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var update = await other.Client.PutAsync($"/api/supervisors/{supervisor.SupervisorId}", new
        {
            firstName = "X", lastName = "Y", email = "x@y.local", isActive = true,
        }, "*");
        await update.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await other.Client.GetAsync($"/api/employers/{mine.EmployerId}/supervisors")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
