using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

/// <summary>What a roster would award, row by row, before anything is awarded; then applying it does just that.</summary>
public sealed class RosterPreviewTests
{
    private static District District => TestHost.District;

    private static StringContent Csv(string csv, string mediaType = "text/csv") => new(csv, Encoding.UTF8, mediaType);

    [Test]
    public async Task The_preview_awards_nothing_and_applying_awards_the_rows_it_said_would_be()
    {
        var schoolId = await District.CreateSchoolAsync();
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency")));
        var first = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var second = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var sis = new List<string>();
        foreach (var s in new[] { first, second })
        {
            sis.Add((await District.Coordinator.GetJsonAsync($"/api/students/{s.StudentId}"))["sisId"]!.GetValue<string>());
        }

        // A spreadsheet's "CSV UTF-8" starts with a byte-order mark.
        var csv = $"\uFEFFsisId,evidenceNarrative\n{sis[0]},Finished the workshop.\nNOBODY-{District.Next()},\n{sis[1]},\n";
        var preview = await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PostAsync($"/api/badges/{badgeId}/awards/bulk/preview", Csv(csv)));

        Assert.That(preview["awarded"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(preview["rejected"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(preview["rows"]!.AsArray().Select(r => r!["awardId"]), Is.All.Null);
        var awards = await District.Coordinator.GetJsonAsync($"/api/awards?badgeClassId={badgeId}");
        Assert.That(awards["total"]!.GetValue<int>(), Is.Zero, "a preview awards nothing");

        var applied = await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PostAsync($"/api/badges/{badgeId}/awards/bulk", Csv(csv)));
        Assert.That(applied["rows"]!.AsArray().Select(r => r!["outcome"]!.GetValue<string>()),
            Is.EqualTo(preview["rows"]!.AsArray().Select(r => r!["outcome"]!.GetValue<string>())));
        awards = await District.Coordinator.GetJsonAsync($"/api/awards?badgeClassId={badgeId}");
        Assert.That(awards["total"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_file_that_is_not_csv_text_is_refused_naming_it()
    {
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body()));
        var binary = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]) { Headers = { ContentType = new("text/csv") } };

        var problem = await (await District.Coordinator.Http.PostAsync($"/api/badges/{badgeId}/awards/bulk/preview", binary)).ShouldBeValidationProblemAsync("csv");
        Assert.That(problem["errors"]!["csv"]![0]!.GetValue<string>(), Does.Contain("CSV file saved as UTF-8"));
        await (await District.Coordinator.Http.PostAsync($"/api/badges/{badgeId}/awards/bulk/preview", Csv("sisId\nX\n", "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}
