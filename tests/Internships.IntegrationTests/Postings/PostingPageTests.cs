using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Postings;

/// <summary>
/// A student opens an open posting from the search catalogue, everyone else from the database: both answer the same,
/// and the student's page shows every change committed before the request.
/// </summary>
public sealed class PostingPageTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_student_reads_an_open_posting_exactly_as_a_coordinator_does()
    {
        int[] pathways = [await District.CreatePathwayAsync(), await District.CreatePathwayAsync()];
        var badges = new[] { await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body()), await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body()) }
            .Select(District.Id).ToArray();
        var employer = await District.CreateEmployerWithAdminAsync();
        var postingId = await District.CreateOpenPostingAsync(employer, pathways, b => b["requiredBadgeIds"] = badges);
        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), pathways)).Client!;

        var asStudent = await student.GetJsonAsync($"/api/postings/{postingId}");
        var asCoordinator = await District.Coordinator.GetJsonAsync($"/api/postings/{postingId}");
        var asEmployer = await employer.Client.GetJsonAsync($"/api/postings/{postingId}");

        Assert.That(asStudent["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        Assert.That(asStudent["pathways"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()), Is.EquivalentTo(pathways));
        Assert.That(asStudent["requiredBadges"]!.AsArray().Select(b => b!["id"]!.GetValue<int>()), Is.EquivalentTo(badges));
        Assert.That(JsonNode.DeepEquals(asStudent, asCoordinator), Is.True, $"student:\n{asStudent}\ncoordinator:\n{asCoordinator}");
        Assert.That(JsonNode.DeepEquals(asEmployer, asCoordinator), Is.True);
    }

    [Test]
    public async Task A_student_sees_a_renamed_pathway_or_badge_and_a_closed_posting_at_once()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var employer = await District.CreateEmployerWithAdminAsync();
        var postingId = await District.CreateOpenPostingAsync(employer, [pathwayId], b => b["requiredBadgeIds"] = new[] { District.Id(badge) });
        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), [pathwayId])).Client!;
        await student.GetJsonAsync($"/api/postings/{postingId}");

        var pathwayName = $"Renamed pathway {District.Next()}";
        await District.Coordinator.ReplaceJsonAsync($"/api/pathways/{pathwayId}", new
        {
            name = pathwayName, sector = "HealthScienceAndMedicalTechnology", courseSequence = new[] { "Anatomy" },
        });
        var badgeName = $"Renamed badge {District.Next()}";
        await District.Coordinator.ReplaceJsonAsync($"/api/badges/{District.Id(badge)}", BadgeBuilder.Body(name: badgeName));

        var renamed = await student.GetJsonAsync($"/api/postings/{postingId}");
        Assert.That(renamed["pathways"]![0]!["name"]!.GetValue<string>(), Is.EqualTo(pathwayName));
        Assert.That(renamed["requiredBadges"]![0]!["name"]!.GetValue<string>(), Is.EqualTo(badgeName));

        await employer.Client.PostJsonAsync($"/api/postings/{postingId}/close");
        var closed = await student.GetJsonAsync($"/api/postings/{postingId}");
        Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
        Assert.That(closed["closedAt"], Is.Not.Null);
    }

    [Test]
    public async Task A_student_still_cannot_open_a_draft_or_a_posting_that_does_not_exist()
    {
        var pathwayId = await District.CreatePathwayAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var draft = await District.CreateDraftPostingAsync(employer, [pathwayId]);
        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), [pathwayId])).Client!;

        await (await student.GetAsync($"/api/postings/{draft}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await student.GetAsync("/api/postings/987654321")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
