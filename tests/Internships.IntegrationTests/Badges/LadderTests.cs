using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

/// <summary>A posting can require badges: a ladder that students climb one internship at a time.</summary>
public sealed class LadderTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_student_without_the_required_badge_is_told_which_and_holding_it_opens_the_posting()
    {
        var scenario = await Scenario.CreateAsync(District);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"Safety basics {District.Next()}"));
        var advanced = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], b => b["requiredBadgeIds"] = new[] { District.Id(badge) });
        var student = await scenario.CreateEligibleStudentAsync(District);

        var posting = await student.Client!.GetJsonAsync($"/api/postings/{advanced}");
        Assert.That(posting["requiredBadges"]![0]!["name"]!.GetValue<string>(), Is.EqualTo(badge["name"]!.GetValue<string>()));
        var eligibleBefore = await student.Client.GetJsonAsync($"/api/postings?eligibleOnly=true&pathwayId={scenario.PathwayId}");
        Assert.That(eligibleBefore["items"]!.AsArray().Select(p => District.Id(p!.AsObject())), Does.Not.Contain(advanced));

        var refused = await student.Client.PostAsync($"/api/postings/{advanced}/applications", new { statement = "Let me in." });
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"You need the badge '{badge["name"]}'"));

        var unlocks = await student.Client.ExpectAsync<JsonArray>(student.Client.GetAsync($"/api/badges/{District.Id(badge)}/unlocks"));
        Assert.That(unlocks.Select(p => District.Id(p!.AsObject())), Is.EqualTo(new[] { advanced }));

        await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);

        var eligibleAfter = await student.Client.GetJsonAsync($"/api/postings?eligibleOnly=true&pathwayId={scenario.PathwayId}");
        Assert.That(eligibleAfter["items"]!.AsArray().Select(p => District.Id(p!.AsObject())), Does.Contain(advanced));
        await District.ApplyAsync(student, advanced);
    }

    [Test]
    public async Task A_revoked_badge_no_longer_opens_the_posting()
    {
        var scenario = await Scenario.CreateAsync(District);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var advanced = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], b => b["requiredBadgeIds"] = new[] { District.Id(badge) });
        var student = await scenario.CreateEligibleStudentAsync(District);
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);
        await District.Coordinator.PostJsonAsync($"/api/awards/{award["id"]}/revoke", new { reason = "Issued in error." });

        var refused = await student.Client!.PostAsync($"/api/postings/{advanced}/applications", new { statement = "Please" });

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Only_badges_for_students_can_be_required()
    {
        var scenario = await Scenario.CreateAsync(District);
        var partner = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(recipientType: "Organisation"));
        var body = District.PostingBody([scenario.PathwayId]);
        body.Remove("employerId");
        body["requiredBadgeIds"] = new[] { District.Id(partner) };

        await (await scenario.Employer.Client.PostAsync("/api/postings", body)).ShouldBeValidationProblemAsync("requiredBadgeIds");
    }
}
