using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Postings;

/// <summary>An employer's counts (postings by status, applicants by status) equal their lists, and are theirs alone.</summary>
public sealed class EmployerPostingCountsTests
{
    private static District District => TestHost.District;

    private static int Total(System.Text.Json.Nodes.JsonObject page) => page["total"]!.GetValue<int>();

    [Test]
    public async Task Counts_equal_the_filtered_lists_and_settled_applicants_come_last()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 3);
        await District.CreateDraftPostingAsync(scenario.Employer, [scenario.PathwayId]);
        var (first, second, third) = (await scenario.CreateEligibleStudentAsync(District), await scenario.CreateEligibleStudentAsync(District),
            await scenario.CreateEligibleStudentAsync(District));
        var withdrawn = await District.ApplyAsync(first, scenario.PostingId);
        var rejected = await District.ApplyAsync(second, scenario.PostingId);
        var waiting = await District.ApplyAsync(third, scenario.PostingId);
        await first.Client!.PostJsonAsync($"/api/applications/{withdrawn}/withdraw");
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{rejected}/reject", new { reason = "We need someone with CAD experience." });

        var counts = await scenario.Employer.Client.GetJsonAsync($"/api/employers/{scenario.Employer.EmployerId}/posting-counts");
        var open = await scenario.Employer.Client.GetJsonAsync($"/api/postings?employerId={scenario.Employer.EmployerId}&status=Open");
        var drafts = await scenario.Employer.Client.GetJsonAsync($"/api/postings?employerId={scenario.Employer.EmployerId}&status=Draft");
        var posting = counts["postings"]!.AsArray().Single()!;
        var applicants = await scenario.Employer.Client.GetJsonAsync($"/api/postings/{scenario.PostingId}/applications?settled=false");
        var settled = await scenario.Employer.Client.GetJsonAsync($"/api/postings/{scenario.PostingId}/applications?settled=true");
        Assert.Multiple(() =>
        {
            Assert.That(counts["postingsByStatus"]!["Open"]!.GetValue<int>(), Is.EqualTo(1).And.EqualTo(Total(open)));
            Assert.That(counts["postingsByStatus"]!["Draft"]!.GetValue<int>(), Is.EqualTo(1).And.EqualTo(Total(drafts)));
            Assert.That(posting["postingId"]!.GetValue<int>(), Is.EqualTo(scenario.PostingId));
            Assert.That(posting["waitingForYou"]!.GetValue<int>(), Is.EqualTo(1).And.EqualTo(Total(applicants)));
            Assert.That(posting["applicantsByStatus"]!["Withdrawn"]!.GetValue<int>() + posting["applicantsByStatus"]!["Rejected"]!.GetValue<int>(),
                Is.EqualTo(2).And.EqualTo(Total(settled)));
            Assert.That(applicants["items"]!.AsArray().Select(a => District.Id(a!.AsObject())), Is.EqualTo(new[] { waiting }));
        });
    }

    [Test]
    public async Task An_employer_sees_only_their_own_counts()
    {
        var scenario = await Scenario.CreateAsync(District);
        var other = await District.CreateEmployerWithAdminAsync();
        await (await other.Client.GetAsync($"/api/employers/{scenario.Employer.EmployerId}/posting-counts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.GetAsync("/api/employers/999999/posting-counts")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var theirs = await other.Client.GetJsonAsync($"/api/employers/{other.EmployerId}/posting-counts");
        Assert.Multiple(() =>
        {
            Assert.That(theirs["postings"]!.AsArray(), Is.Empty);
            Assert.That(theirs["postingsByStatus"]!.AsObject().Sum(s => s.Value!.GetValue<int>()), Is.Zero);
        });
    }
}
