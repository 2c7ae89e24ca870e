using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Badges;

public sealed class BulkAwardTests
{
    private static District District => TestHost.District;

    private static Task<HttpResponseMessage> PostCsvAsync(int badgeId, string csv, string mediaType = "text/csv") =>
        District.Coordinator.Http.PostAsync($"/api/badges/{badgeId}/awards/bulk", new StringContent(csv, Encoding.UTF8, mediaType));

    private static async Task<(int Id, string SisId)> StudentAsync(int schoolId)
    {
        var student = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var record = await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}");
        return (student.StudentId, record["sisId"]!.GetValue<string>());
    }

    [Test]
    public async Task A_roster_reports_each_row_as_awarded_skipped_or_rejected()
    {
        var schoolId = await District.CreateSchoolAsync();
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var id = District.Id(badge);
        var fresh = await StudentAsync(schoolId);
        var holder = await StudentAsync(schoolId);
        var withLink = await StudentAsync(schoolId);
        await District.Coordinator.PostJsonAsync($"/api/badges/{id}/awards", new { studentId = holder.Id }, HttpStatusCode.Created);

        var csv = $"""
            sisId,evidenceNarrative,evidenceUrl
            {fresh.SisId},"Built a line-following robot, with a team of three.",
            {holder.SisId},,
            NO-SUCH-STUDENT,,
            {withLink.SisId},Presented to the board,ftp://not-a-web-link
            {fresh.SisId},,
            """;
        var report = await District.Coordinator.ExpectAsync<JsonObject>(PostCsvAsync(id, csv));

        Assert.That(report["awarded"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(report["skipped"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(report["rejected"]!.GetValue<int>(), Is.EqualTo(2));
        var rows = report["rows"]!.AsArray();
        Assert.That(rows.Select(r => r!["outcome"]!.GetValue<string>()), Is.EqualTo(new[] { "Awarded", "Skipped", "Rejected", "Rejected", "Skipped" }));
        Assert.That(rows.Select(r => r!["line"]!.GetValue<int>()), Is.EqualTo(new[] { 2, 3, 4, 5, 6 }));
        Assert.That(rows[2]!["reason"]!.GetValue<string>(), Does.Contain("No student"));
        var awarded = await District.Factory.WithDbAsync(db => db.BadgeAwards.SingleAsync(a => a.BadgeClassId == id && a.RecipientStudentId == fresh.Id));
        Assert.That(awarded.Evidence.Single().Narrative, Is.EqualTo("Built a line-following robot, with a team of three."));
    }

    [TestCase("name,grade\nAna,11\n", "sisId")]
    [TestCase("sisId\n", "no students")]
    [TestCase("sisId,evidenceNarrative\nS-1,\"unterminated\n", "not valid CSV")]
    public async Task A_file_that_cannot_be_read_awards_nothing(string csv, string message)
    {
        var schoolId = await District.CreateSchoolAsync();
        var student = await StudentAsync(schoolId);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var body = csv.Replace("S-1", student.SisId, StringComparison.Ordinal);

        var response = await PostCsvAsync(District.Id(badge), body);

        var problem = await response.ShouldBeValidationProblemAsync("csv");
        Assert.That(problem["errors"]!["csv"]![0]!.GetValue<string>(), Does.Contain(message));
        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeAwards.CountAsync(a => a.BadgeClassId == District.Id(badge))), Is.Zero);
    }

    [Test]
    public async Task A_roster_must_be_sent_as_csv()
    {
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());

        await (await PostCsvAsync(District.Id(badge), "sisId\nX\n", "application/json")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}
