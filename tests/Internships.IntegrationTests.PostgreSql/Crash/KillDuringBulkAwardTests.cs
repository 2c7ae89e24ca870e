using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Crash;

/// <summary>
/// The host killed with <c>kill -9</c> while it awards a badge to a roster of many students from a CSV (the moment its
/// transaction has written part of the awards), then started again: every row is awarded once or none is, as the API
/// answered; sending the same CSV again awards the rest and no one twice; each award's e-mail is queued once.
/// </summary>
public sealed class KillDuringBulkAwardTests : HostKilledTests
{
    private const int Rows = 250;

    [Test]
    public async Task A_roster_award_is_all_there_or_not_at_all_and_sending_it_again_awards_no_one_twice()
    {
        var settings = NodeSupport.Settings(ConnectionString, TestSmtpServer.FreePort(), Folder);
        await using var first = NodeProcess.Start("before-kill", settings);
        await first.WaitUntilReadyAsync(StartTimeout);
        var (coordinator, badgeId, students) = await SeedRosterAsync();
        var csv = "sisId,evidenceNarrative\n" + string.Join('\n', students.Select(s => $"{s.SisId},Completed the financial literacy workshop."));

        var awarding = PostCsvAsync(first.WithTokenOf(coordinator), badgeId, csv);
        var halfWritten = await WaitForUncommittedWritesAsync(awarding);
        first.Kill();
        var report = await ReportAsync(awarding);
        TestContext.Out.WriteLine($"Killed {(halfWritten ? "with the awards written in part" : "before any write was seen")}; "
            + $"the coordinator {(report is null ? "got no answer" : "got the report")}.");
        Assert.That(halfWritten, Is.True, "the kill came while the awards were being written");

        await using var second = NodeProcess.Start("after-kill", settings);
        await second.WaitUntilReadyAsync(StartTimeout);
        var (awards, mails) = await StateAsync(badgeId);
        TestContext.Out.WriteLine($"After the restart {awards.Count} of {Rows} students hold the badge.");
        Assert.That(awards, Is.Unique, "no one holds it twice");
        if (report is not null)
        {
            Assert.That(awards, Is.EquivalentTo(students.Select(s => s.Id)), "an acknowledged roster award is all there");
        }
        else
        {
            Assert.That(awards.Count, Is.EqualTo(0).Or.EqualTo(Rows), "never part of a roster");
        }

        Assert.That(mails, Is.EquivalentTo(awards), "one e-mail queued per award");

        var again = await second.WithTokenOf(coordinator).ExpectAsync<JsonObject>(PostCsvAsync(second.WithTokenOf(coordinator), badgeId, csv));
        Assert.That(again["awarded"]!.GetValue<int>(), Is.EqualTo(Rows - awards.Count));
        Assert.That(again["skipped"]!.GetValue<int>(), Is.EqualTo(awards.Count), "those who hold it already are skipped");
        (awards, mails) = await StateAsync(badgeId);
        Assert.That(awards, Is.EquivalentTo(students.Select(s => s.Id)), "each row awarded exactly once");
        Assert.That(mails, Is.EquivalentTo(awards), "each award's e-mail queued once");

        var thrice = await second.WithTokenOf(coordinator).ExpectAsync<JsonObject>(PostCsvAsync(second.WithTokenOf(coordinator), badgeId, csv));
        Assert.That((thrice["awarded"]!.GetValue<int>(), thrice["skipped"]!.GetValue<int>()), Is.EqualTo((0, Rows)));
    }

    private static Task<HttpResponseMessage> PostCsvAsync(ApiClient client, int badgeId, string csv) =>
        client.Http.PostAsync($"/api/badges/{badgeId}/awards/bulk", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<JsonObject?> ReportAsync(Task<HttpResponseMessage> request)
    {
        try
        {
            using var response = await request.WaitAsync(TimeSpan.FromSeconds(30));
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        }
        catch (Exception e) when (NeverAnswered(e))
        {
            return null;
        }
    }

    /// <summary>Through a host in this process on the same database: a badge and the students of the roster.</summary>
    private async Task<(ApiClient Coordinator, int BadgeId, List<(int Id, string SisId)> Students)> SeedRosterAsync()
    {
        await using var seeder = NodeSupport.Seeder(DatabasePath);
        var district = await District.CreateAsync(seeder);
        var schoolId = await district.CreateSchoolAsync();
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(district, BadgeBuilder.Body(kind: "Competency")));
        var gate = new SemaphoreSlim(8);
        var students = await Task.WhenAll(Enumerable.Range(0, Rows).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var student = await district.Coordinator.PostJsonAsync("/api/students", new
                {
                    sisId = $"CRASH-{District.Next()}",
                    firstName = "Roster",
                    lastName = $"Student{District.Next()}",
                    email = $"roster{District.Next()}@school.local",
                    grade = 11,
                    dateOfBirth = District.Today.AddYears(-16).AddDays(-30),
                    schoolId,
                }, HttpStatusCode.Created);
                return (Id: District.Id(student), SisId: student["sisId"]!.GetValue<string>());
            }
            finally
            {
                gate.Release();
            }
        }));
        return (district.Coordinator, badgeId, students.ToList());
    }

    /// <summary>Who holds the badge (one entry per award), and to whom its e-mail is queued (one entry per message).</summary>
    private Task<(List<int> Awards, List<int> Mailed)> StateAsync(int badgeId) => NodeSupport.WithDbAsync(ConnectionString, async db =>
    {
        var awards = await db.BadgeAwards.Where(a => a.BadgeClassId == badgeId).Select(a => a.RecipientStudentId!.Value).ToListAsync();
        var emails = await db.Students.Where(s => awards.Contains(s.Id)).ToDictionaryAsync(s => s.Email, s => s.Id);
        var mailed = await db.Notifications.Where(n => n.Kind == NotificationKind.BadgeAwarded && emails.Keys.Contains(n.RecipientEmail))
            .Select(n => n.RecipientEmail).ToListAsync();
        return (awards, mailed.Select(e => emails[e]).ToList());
    });
}
