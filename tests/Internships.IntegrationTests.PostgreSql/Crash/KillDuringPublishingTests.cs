using System.Net;
using Internships.Domain.Applications;
using Internships.Domain.Matching;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Crash;

/// <summary>
/// The host killed with <c>kill -9</c> while it publishes a matching round of many offers (the moment its transaction has
/// written part of them), then started again: the round is either published with every offer or not published with none,
/// never half; publishing again completes it; each student's offer e-mail is queued once.
/// </summary>
public sealed class KillDuringPublishingTests : HostKilledTests
{
    private const int Postings = 8;
    private const int SlotsEach = 20;
    private const int Students = 160;

    [Test]
    public async Task A_round_is_published_with_every_offer_or_with_none_and_publishing_again_completes_it()
    {
        var settings = NodeSupport.Settings(ConnectionString, TestSmtpServer.FreePort(), Folder);
        await using var first = NodeProcess.Start("before-kill", settings);
        await first.WaitUntilReadyAsync(StartTimeout);
        var (coordinator, roundId) = await SeedLockedRunAsync();

        var publishing = first.WithTokenOf(coordinator).PostAsync($"/api/match-rounds/{roundId}/publish");
        var halfWritten = await WaitForUncommittedWritesAsync(publishing);
        first.Kill();
        var acknowledged = await AnsweredOkAsync(publishing);
        TestContext.Out.WriteLine($"Killed {(halfWritten ? "with the publication written in part" : "before any write was seen")}; "
            + $"the coordinator {(acknowledged ? "was" : "was not")} told it succeeded.");
        Assert.That(halfWritten, Is.True, "the kill came while the publication was being written");
        Assert.That(acknowledged, Is.False, "a transaction still writing cannot have been acknowledged");

        await using var second = NodeProcess.Start("after-kill", settings);
        await second.WaitUntilReadyAsync(StartTimeout);
        var assigned = await AssignedAsync(roundId);
        Assert.That(assigned, Has.Count.GreaterThan(Postings * SlotsEach / 2), "a round of many offers");

        var (status, offered, mails) = await StateAsync(roundId);
        TestContext.Out.WriteLine($"After the restart the round is {status}, with {offered.Count} offers of {assigned.Count}.");
        if (status == MatchRoundStatus.Published)
        {
            Assert.That(offered, Is.EquivalentTo(assigned), "published: every assignment is an offer");
        }
        else
        {
            Assert.That(offered, Is.Empty, "not published: not one offer");
            Assert.That(mails, Is.Empty, "not published: no offer e-mail queued");
            var published = await second.WithTokenOf(coordinator).PostJsonAsync($"/api/match-rounds/{roundId}/publish");
            Assert.That(published["offersMade"]!.GetValue<int>(), Is.EqualTo(assigned.Count));
            (status, offered, mails) = await StateAsync(roundId);
        }

        Assert.That(status, Is.EqualTo(MatchRoundStatus.Published));
        Assert.That(offered, Is.EquivalentTo(assigned), "every assignment is an offer, once");
        Assert.That(mails, Is.EquivalentTo(assigned.Select(a => a.StudentId)), "each student's offer e-mail queued once");
        await (await second.WithTokenOf(coordinator).PostAsync($"/api/match-rounds/{roundId}/publish")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    private static async Task<bool> AnsweredOkAsync(Task<HttpResponseMessage> request)
    {
        try
        {
            using var response = await request.WaitAsync(TimeSpan.FromSeconds(30));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (NeverAnswered(e))
        {
            return false;
        }
    }

    /// <summary>Through a host in this process on the same database: postings, students, their choices, the round locked and run.</summary>
    private async Task<(ApiClient Coordinator, int RoundId)> SeedLockedRunAsync()
    {
        await using var seeder = NodeSupport.Seeder(DatabasePath);
        var district = await District.CreateAsync(seeder);
        var scenario = await Scenario.CreateAsync(district, SlotsEach);
        List<int> postingIds = [scenario.PostingId];
        for (var i = 1; i < Postings; i++)
        {
            postingIds.Add(await district.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], slots: SlotsEach));
        }

        var gate = new SemaphoreSlim(8);
        async Task<T> Gated<T>(Func<Task<T>> work)
        {
            await gate.WaitAsync();
            try
            {
                return await work();
            }
            finally
            {
                gate.Release();
            }
        }

        var studentIds = await Task.WhenAll(Enumerable.Range(0, Students).Select(_ =>
            Gated(async () => (await district.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId], withAccount: false)).StudentId)));
        var roundId = District.Id(await district.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Crash round {District.Next()}",
            term = "Spring 2027",
            preferenceDeadline = District.Today.AddDays(7),
            maxChoices = 3,
            allowOtherPathways = false,
            postingIds,
            studentIds,
        }, HttpStatusCode.Created));
        await Task.WhenAll(studentIds.Select((studentId, i) => Gated(() => district.Coordinator.PutJsonAsync(
            $"/api/match-rounds/{roundId}/students/{studentId}/choices",
            new { postingIds = Enumerable.Range(0, 3).Select(k => postingIds[(i + k) % Postings]).ToArray() }))));
        await district.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/lock");
        await district.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", new { seed = 14 }, HttpStatusCode.Created);
        return (district.Coordinator, roundId);
    }

    private Task<List<(int StudentId, int PostingId)>> AssignedAsync(int roundId) => NodeSupport.WithDbAsync(ConnectionString, async db =>
        (await (from outcome in db.MatchOutcomes
                join run in db.MatchRuns on outcome.RunId equals run.Id
                where run.RoundId == roundId && run.Number == 1 && outcome.PostingId != null
                select new { outcome.StudentId, PostingId = outcome.PostingId!.Value }).ToListAsync())
        .Select(a => (a.StudentId, a.PostingId)).ToList());

    /// <summary>The round's status, the offers made to its students, and whose offer e-mails are queued (once per queued message).</summary>
    private Task<(MatchRoundStatus Status, List<(int StudentId, int PostingId)> Offered, List<int> Mailed)> StateAsync(int roundId) =>
        NodeSupport.WithDbAsync(ConnectionString, async db =>
        {
            var round = await db.MatchRounds.AsNoTracking().SingleAsync(r => r.Id == roundId);
            var students = await db.MatchParticipants.Where(p => p.RoundId == roundId)
                .Join(db.Students, p => p.StudentId, s => s.Id, (p, s) => new { s.Id, s.Email }).ToListAsync();
            var studentIds = students.Select(s => s.Id).ToList();
            var offered = await db.Applications
                .Where(a => studentIds.Contains(a.StudentId) && a.Status == ApplicationStatus.Offered)
                .Select(a => new { a.StudentId, a.PostingId }).ToListAsync();
            var emails = students.ToDictionary(s => s.Email, s => s.Id);
            var mailed = await db.Notifications.Where(n => n.Kind == NotificationKind.OfferMade && emails.Keys.Contains(n.RecipientEmail))
                .Select(n => n.RecipientEmail).ToListAsync();
            return (round.Status, offered.Select(o => (o.StudentId, o.PostingId)).ToList(), mailed.Select(e => emails[e]).ToList());
        });
}
