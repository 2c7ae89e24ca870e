using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Employers;

/// <summary>An employer's liability insurance and the worksite-safety checklist, kept by coordinators.</summary>
public sealed class WorksiteTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_coordinator_records_insurance_and_the_items_checked()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var url = $"/api/employers/{employer.EmployerId}/worksite";

        var saved = await District.Coordinator.PutJsonAsync(url, new
        {
            insuranceCarrier = "Valley Mutual", insurancePolicyNumber = "GL-22-0419", insuranceExpiresOn = District.Today.AddMonths(10),
            safetyChecks = new[]
            {
                new { item = "HazardAssessment", checkedOn = District.Today.AddDays(-2) },
                new { item = "EmergencyProcedures", checkedOn = District.Today },
            },
        });
        Assert.That(saved["insuranceCarrier"]!.GetValue<string>(), Is.EqualTo("Valley Mutual"));
        var checks = saved["safetyChecks"]!.AsArray();
        Assert.That(checks.Select(c => c!["item"]!.GetValue<string>()), Is.EqualTo(new[] { "HazardAssessment", "EmergencyProcedures" }));
        Assert.That(checks[0]!["checkedBy"]!.GetValue<string>(), Does.StartWith("coordinator-"));

        // Leaving an item out un-checks it; the employer's admin reads the result on their profile.
        await District.Coordinator.PutJsonAsync(url, new
        {
            insuranceCarrier = "Valley Mutual", insurancePolicyNumber = "GL-22-0419", insuranceExpiresOn = District.Today.AddMonths(10),
            safetyChecks = new[] { new { item = "EmergencyProcedures", checkedOn = District.Today } },
        });
        var profile = await employer.Client.GetJsonAsync($"/api/employers/{employer.EmployerId}");
        Assert.That(profile["safetyChecks"]!.AsArray().Single()!["item"]!.GetValue<string>(), Is.EqualTo("EmergencyProcedures"));
        await (await employer.Client.PutAsync(url, new { safetyChecks = Array.Empty<object>() })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_incomplete_policy_or_a_future_check_is_refused_naming_the_field()
    {
        var employerId = await District.CreateEmployerAsync();

        var problem = await (await District.Coordinator.PutAsync($"/api/employers/{employerId}/worksite", new
        {
            insuranceCarrier = "Valley Mutual", insurancePolicyNumber = "", insuranceExpiresOn = (DateOnly?)null,
            safetyChecks = new[] { new { item = "HazardAssessment", checkedOn = District.Today.AddDays(1) } },
        })).ShouldBeValidationProblemAsync("insurancePolicyNumber", "insuranceExpiresOn", "safetyChecks[0].checkedOn");

        Assert.That(problem["errors"]!["insurancePolicyNumber"]![0]!.GetValue<string>(), Is.EqualTo("Enter the policy number."));
        var employer = await District.Coordinator.GetJsonAsync($"/api/employers/{employerId}");
        Assert.That(employer["insuranceCarrier"], Is.Null);
        Assert.That(employer["safetyChecks"]!.AsArray(), Is.Empty);
    }
}
