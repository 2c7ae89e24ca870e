using System.Net;
using Internships.Domain.Applications;
using Internships.Domain.Postings;
using Internships.IntegrationTests.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Crash;

/// <summary>
/// The host killed with <c>kill -9</c> in the middle of many concurrent accepts of offers, then started again on the same
/// database: every accept a student was told succeeded (a 200 received) is there, with its placement; no posting holds more
/// than its slots; no accepted application is without its placement, nor a placement without its accepted application.
/// </summary>
public sealed class KillDuringAcceptsTests : HostKilledTests
{
    private const int Slots = 30;
    private const int Applicants = 60;

    [Test]
    public async Task Every_acknowledged_accept_survives_and_nothing_is_half_done()
    {
        var settings = NodeSupport.Settings(ConnectionString, TestSmtpServer.FreePort(), Folder);
        await using (var first = NodeProcess.Start("before-kill", settings))
        {
            await first.WaitUntilReadyAsync(StartTimeout);
            var (scenario, offers) = await NodeSupport.SeedOffersAsync(DatabasePath, Slots, Applicants);
            var acknowledged = KillWhileAccepting(first, scenario.PostingId, offers);

            await using var second = NodeProcess.Start("after-kill", settings);
            await second.WaitUntilReadyAsync(StartTimeout);
            await CheckAsync(scenario.PostingId, acknowledged);
        }
    }

    /// <summary>Sends every accept at once and kills the host as soon as a few have been acknowledged, with the rest in flight.</summary>
    private static List<int> KillWhileAccepting(NodeProcess node, int postingId, List<(ApiClient Student, int ApplicationId)> offers)
    {
        var acks = new System.Collections.Concurrent.ConcurrentBag<int>();
        var someAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepts = offers.Select(async offer =>
        {
            try
            {
                using var response = await node.WithTokenOf(offer.Student).PostAsync($"/api/applications/{offer.ApplicationId}/accept");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    acks.Add(offer.ApplicationId);
                    if (acks.Count >= 3)
                    {
                        someAcknowledged.TrySetResult();
                    }
                }
            }
            catch (Exception e) when (NeverAnswered(e))
            {
                // Killed while this one was in flight: its outcome is unknown to the client, and either is allowed.
            }
        }).ToList();

        someAcknowledged.Task.Wait(TimeSpan.FromSeconds(60));
        node.Kill();
        Task.WaitAll([.. accepts], TimeSpan.FromSeconds(30));
        List<int> acknowledged = [.. acks];
        TestContext.Out.WriteLine($"Killed with {acknowledged.Count} of {offers.Count} accepts acknowledged (posting {postingId}).");
        Assert.That(acknowledged, Has.Count.GreaterThanOrEqualTo(3), "some accepts were acknowledged before the kill");
        Assert.That(acknowledged, Has.Count.LessThan(offers.Count), "the kill came while accepts were in flight");
        return acknowledged;
    }

    private async Task CheckAsync(int postingId, List<int> acknowledged)
    {
        var (accepted, placed, posting) = await NodeSupport.WithDbAsync(ConnectionString, async db => (
            await db.Applications.Where(a => a.PostingId == postingId && a.Status == ApplicationStatus.Accepted).Select(a => a.Id).ToListAsync(),
            await db.Placements.Where(p => p.PostingId == postingId).Select(p => p.ApplicationId).ToListAsync(),
            await db.Postings.AsNoTracking().SingleAsync(p => p.Id == postingId)));

        Assert.That(accepted, Is.SupersetOf(acknowledged), "every acknowledged accept is there");
        Assert.That(placed, Is.EquivalentTo(accepted), "each accepted application has exactly one placement, and no placement is without one");
        Assert.That(posting.FilledSlots, Is.EqualTo(accepted.Count), "the posting counts exactly the accepted");
        Assert.That(accepted, Has.Count.LessThanOrEqualTo(Slots));
        Assert.That(posting.Status, Is.EqualTo(accepted.Count == Slots ? PostingStatus.Filled : PostingStatus.Open));
    }
}
