using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// A list counts its total only when the page read cannot tell it (a full page, or an empty one past the first): the
/// total must be the same whichever way it was found.
/// </summary>
public sealed class PagingTotalsTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Every_page_of_a_list_reports_the_same_total_full_partial_empty_or_past_the_end()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var postings = new List<int> { scenario.PostingId };
        for (var i = 0; i < 2; i++)
        {
            postings.Add(await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId]));
        }

        foreach (var posting in postings)
        {
            await District.ApplyAsync(student, posting);
        }

        foreach (var (page, pageSize, items) in new[] { (1, 20, 3), (1, 3, 3), (1, 2, 2), (2, 2, 1), (3, 2, 0), (9, 2, 0), (2, 3, 0) })
        {
            var result = await student.Client!.GetJsonAsync($"/api/me/applications?page={page}&pageSize={pageSize}");
            Assert.That(result["items"]!.AsArray(), Has.Count.EqualTo(items), $"page {page} of {pageSize}");
            Assert.That(result["total"]!.GetValue<int>(), Is.EqualTo(3), $"page {page} of {pageSize}");
        }

        var none = await (await District.CreateStudentAsync(scenario.SchoolId, [])).Client!.GetJsonAsync("/api/me/applications");
        Assert.That(none["total"]!.GetValue<int>(), Is.Zero);
        Assert.That(none["items"]!.AsArray(), Is.Empty);
    }
}
