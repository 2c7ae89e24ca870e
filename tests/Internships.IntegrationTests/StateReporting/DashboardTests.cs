using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.StateReporting;

/// <summary>The dashboard's numbers agree with the lists they link to, for a school and a term.</summary>
public sealed class DashboardTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Students_not_yet_placed_and_placements_missing_paperwork_match_the_lists_they_link_to()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId], withAccount: false);
        var termName = $"Dashboard term {District.Next()}";
        var term = District.Id(await District.Coordinator.PostJsonAsync("/api/terms",
            new { name = termName, startDate = District.Today.AddDays(-10), endDate = District.Today.AddDays(100) }, HttpStatusCode.Created));

        var numbers = await District.Coordinator.GetJsonAsync($"/api/dashboard?termId={term}&schoolId={scenario.SchoolId}");
        var notPlaced = await District.Coordinator.GetJsonAsync($"/api/students?notPlaced=true&termId={term}&schoolId={scenario.SchoolId}");
        var missing = await District.Coordinator.GetJsonAsync($"/api/placements?missingPaperwork=true&termId={term}&schoolId={scenario.SchoolId}");
        Assert.Multiple(() =>
        {
            Assert.That(numbers["termName"]!.GetValue<string>(), Is.EqualTo(termName));
            Assert.That(numbers["studentsNotYetPlaced"]!.GetValue<int>(), Is.EqualTo(1).And.EqualTo(notPlaced["total"]!.GetValue<int>()));
            Assert.That(numbers["placementsMissingPaperwork"]!.GetValue<int>(), Is.EqualTo(1).And.EqualTo(missing["total"]!.GetValue<int>()));
            Assert.That(missing["items"]![0]!["id"]!.GetValue<int>(), Is.EqualTo(scenario.PlacementId));
            Assert.That(numbers["bySchool"]!.AsArray().Single()!["placements"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(numbers["byGrade"]!.AsArray().Single()!["label"]!.GetValue<string>(), Is.EqualTo("Grade 11"));
            Assert.That(numbers["byEmployer"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(numbers["byPathway"]!.AsArray(), Has.Count.EqualTo(1));
        });

        await scenario.RecordAllDocumentsAsync(District);
        numbers = await District.Coordinator.GetJsonAsync($"/api/dashboard?termId={term}&schoolId={scenario.SchoolId}");
        Assert.That(numbers["placementsMissingPaperwork"]!.GetValue<int>(), Is.Zero);
        await (await District.Coordinator.GetAsync("/api/dashboard?termId=999999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
