using System.Net;
using System.Text.Json.Nodes;
using Internships.Application.Features.Badges;
using Internships.Domain.Badges;
using Internships.Domain.Placements;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Badges;

/// <summary>A completed placement earns each badge whose rule it matches, exactly once, however the award is asked for.</summary>
[NonParallelizable]
public sealed class CompletionAwardTests
{
    private static District District => TestHost.District;

    private static async Task<List<string>> AwardedBadgeNamesAsync(int placementId) =>
        await District.Factory.WithDbAsync(db => db.BadgeAwards.Where(a => a.PlacementId == placementId)
            .Select(a => a.BadgeClass!.Name).OrderBy(n => n).ToListAsync());

    [Test]
    public async Task Completion_awards_the_badges_whose_rules_match_with_the_evidence()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        var otherPathway = await District.CreatePathwayAsync();
        var n = District.Next();
        var inPathway = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body($"Pathway intern {n}", new { pathwayId = scenario.PathwayId }));
        var communicator = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body($"Communicator {n}",
            new { pathwayId = scenario.PathwayId, competencyKey = "communication", minimumScore = 4 }, kind: "Competency"));
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body($"Problem solver {n}",
            new { pathwayId = scenario.PathwayId, competencyKey = "problem-solving", minimumScore = 4 }, kind: "Competency"));
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body($"Other pathway {n}", new { pathwayId = otherPathway }));
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body($"Manual only {n}"));
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body($"Next rung {n}", new { pathwayId = scenario.PathwayId },
            prerequisiteIds: [District.Id(inPathway)]));

        var completed = await scenario.CompleteAsync(District, finalScore: 3, finalOverrides: new() { ["communication"] = 4 });

        Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
        var awarded = await AwardedBadgeNamesAsync(scenario.PlacementId);
        Assert.That(awarded.Where(a => a.EndsWith($" {n}")), Is.EquivalentTo(new[] { $"Pathway intern {n}", $"Communicator {n}", $"Next rung {n}" }),
            "matching rules, the rung its prerequisite unlocked in the same completion; not the other pathway's, the 4-in-problem-solving one, or a manual-only badge");

        var backpack = await scenario.Student.Client!.GetJsonAsync("/api/me/badges?pageSize=100");
        var award = backpack["items"]!.AsArray().Single(a => a!["badgeName"]!.GetValue<string>() == $"Communicator {n}")!;
        Assert.That(award["status"]!.GetValue<string>(), Is.EqualTo("Valid"));
        Assert.That(award["badgeClassId"]!.GetValue<int>(), Is.EqualTo(District.Id(communicator)));
        var evidence = award["evidence"]!.AsArray();
        Assert.That(evidence.Select(e => e!["kind"]!.GetValue<string>()), Is.EquivalentTo(new[] { "Placement", "TasksPerformed", "Testimonial" }));
        Assert.That(evidence.Single(e => e!["kind"]!.GetValue<string>() == "Placement")!["narrative"]!.GetValue<string>(), Does.Contain("10 approved hours"));
        Assert.That(evidence.Single(e => e!["kind"]!.GetValue<string>() == "TasksPerformed")!["narrative"]!.GetValue<string>(), Does.Contain("Surveyed the north parcel"));
        Assert.That(evidence.Single(e => e!["kind"]!.GetValue<string>() == "Testimonial")!["narrative"]!.GetValue<string>(), Does.Contain("We would hire them"));
    }

    [Test]
    public async Task Asking_again_awards_nothing_twice()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(awardRule: new { pathwayId = scenario.PathwayId }));
        await scenario.CompleteAsync(District);
        var before = await AwardedBadgeNamesAsync(scenario.PlacementId);

        var again = await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.PostAsync($"{scenario.Url}/award-badges"));

        Assert.That(again, Is.Empty);
        Assert.That(await AwardedBadgeNamesAsync(scenario.PlacementId), Is.EqualTo(before));
        Assert.That(before, Has.Count.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task The_completion_event_handled_twice_awards_once()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(awardRule: new { pathwayId = scenario.PathwayId }));
        await scenario.CompleteAsync(District);
        var before = await AwardedBadgeNamesAsync(scenario.PlacementId);

        // The same event delivered again (a retry after a lost acknowledgement, say), through the real handlers.
        await using (var scope = District.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var placement = await db.Placements.SingleAsync(p => p.Id == scenario.PlacementId);
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(new PlacementCompleted(placement));
            await db.SaveChangesAsync();
        }

        Assert.That(await AwardedBadgeNamesAsync(scenario.PlacementId), Is.EqualTo(before));
    }

    [Test]
    public async Task Concurrent_requests_for_a_new_badge_award_it_exactly_once()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.CompleteAsync(District);
        var added = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(awardRule: new { pathwayId = scenario.PathwayId }));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => District.Coordinator.PostAsync($"{scenario.Url}/award-badges"))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        var count = await District.Factory.WithDbAsync(db => db.BadgeAwards.CountAsync(a => a.PlacementId == scenario.PlacementId && a.BadgeClassId == District.Id(added)));
        Assert.That(count, Is.EqualTo(1));
    }

    [Test]
    public async Task The_database_refuses_a_second_award_for_the_same_badge_recipient_and_placement()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(awardRule: new { pathwayId = scenario.PathwayId }));
        await scenario.CompleteAsync(District);

        await using var scope = District.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.BadgeAwards.Include(a => a.BadgeClass).FirstAsync(a => a.PlacementId == scenario.PlacementId);
        db.BadgeAwards.Add(BadgeAward.ForPlacement(existing.BadgeClass!,
            new AwardRecipient(existing.RecipientStudentId!.Value, null, existing.RecipientName, existing.RecipientEmail),
            scenario.PlacementId, [], DateTime.UtcNow));

        // An award raises a domain event: saved in a transaction, as a command's would be.
        var failure = await Assert.CatchAsync<DbUpdateException>(() => db.InTransactionAsync(() => db.SaveChangesAsync()));
        Assert.That(failure!.IsUniqueViolation(), Is.True);
    }

    [Test]
    public async Task Only_a_completed_placement_earns_badges()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);

        var response = await District.Coordinator.PostAsync($"{scenario.Url}/award-badges");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await scenario.Supervisor.Client.PostAsync($"{scenario.Url}/award-badges")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
