using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// A student's badge ladder through HTTP: to a posting that requires a badge two steps above the one they hold, the
/// ladder lists the badges in the order they can be earned, says which is next, and which postings each step opens.
/// </summary>
public sealed class BadgeLadderPageTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_ladder_to_a_posting_shows_what_the_student_holds_what_to_earn_next_and_what_each_step_unlocks()
    {
        var scenario = await Scenario.CreateAsync(District);
        var basics = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"Shop Safety {District.Next()}", kind: "Competency"));
        var tools = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"Power Tools {District.Next()}", kind: "Competency",
            prerequisiteIds: [District.Id(basics)]));
        var lead = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"Shop Lead {District.Next()}", kind: "Competency",
            prerequisiteIds: [District.Id(tools)]));
        var postingId = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], b => b["requiredBadgeIds"] = new[] { District.Id(lead) });
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(basics)}/awards",
            new { studentId = student.StudentId, narrative = "Passed the shop safety test." }, HttpStatusCode.Created);

        var ladder = await student.Client!.GetJsonAsync($"/api/me/badges/ladder?postingId={postingId}");

        var steps = ladder["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.That(steps.Select(s => s["badgeClassId"]!.GetValue<int>()), Is.EqualTo(new[] { District.Id(basics), District.Id(tools), District.Id(lead) }));
        Assert.That(steps.Select(s => s["state"]!.GetValue<string>()), Is.EqualTo(new[] { "Held", "Next", "Later" }));
        Assert.That(steps[2]["missingPrerequisites"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { tools["name"]!.GetValue<string>() }));
        Assert.That(steps[2]["unlocks"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()), Does.Contain(postingId));

        var browser = PageBrowser.Open(District.Factory);
        var email = (await student.Client.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        await (await PageBrowser.SignInAsync(browser, email, District.Password)).ShouldHaveStatusAsync(HttpStatusCode.Redirect);
        var posting = await browser.GetStringAsync($"/postings/{postingId}");
        Assert.That(posting, Does.Contain($"/student/ladder?posting={postingId}"));
        var page = await browser.GetStringAsync($"/student/ladder?posting={postingId}");
        Assert.That(page, Does.Contain("Earn it next").And.Contain(tools["name"]!.GetValue<string>()).And.Contain($"/postings/{postingId}"));
    }

    [Test]
    public async Task A_cycle_in_the_catalogues_prerequisites_still_answers_and_a_ladder_needs_one_target()
    {
        var first = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var second = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency", prerequisiteIds: [District.Id(first)]));
        var body = BadgeBuilder.Body(name: first["name"]!.GetValue<string>(), kind: "Competency", prerequisiteIds: [District.Id(second)]);
        await District.Coordinator.ReplaceJsonAsync($"/api/badges/{District.Id(first)}", body);
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);

        var ladder = await student.Client!.GetJsonAsync($"/api/me/badges/ladder?badgeClassId={District.Id(first)}");

        Assert.That(ladder["steps"]!.AsArray().Select(s => s!["badgeClassId"]!.GetValue<int>()), Is.EquivalentTo(new[] { District.Id(first), District.Id(second) }));
        await (await student.Client.GetAsync("/api/me/badges/ladder")).ShouldBeValidationProblemAsync("badgeClassId");
        // Both targets named, on a posting the student may see (a posting they may not see is a 404 before any validation).
        var scenario = await Scenario.CreateAsync(District);
        var applicant = await scenario.CreateEligibleStudentAsync(District);
        await (await applicant.Client!.GetAsync($"/api/me/badges/ladder?badgeClassId={District.Id(first)}&postingId={scenario.PostingId}"))
            .ShouldBeValidationProblemAsync("postingId");
        await (await District.Coordinator.GetAsync($"/api/me/badges/ladder?badgeClassId={District.Id(first)}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
