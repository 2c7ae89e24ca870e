using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.BrowserTests.Support;

namespace Internships.BrowserTests;

/// <summary>
/// A matching round in the browser: the student ranks on a phone, the coordinator locks, runs, reviews and publishes,
/// and the student's placement comes back as an offer. Others are turned away from the coordinator's pages.
/// </summary>
public sealed class MatchRoundPagesTests
{
    [Test]
    public async Task A_student_ranks_and_the_coordinator_runs_reviews_and_publishes_the_round()
    {
        // A small round of the demo student's own, so the rest of the demo district is left as it was.
        using var studentApi = await BrowserSession.ApiAsync("student@demo.local");
        var demoRound = (await studentApi.GetFromJsonAsync<JsonObject>("/api/match-rounds"))!["items"]![0]!["id"]!.GetValue<int>();
        // The demo employer's posting, so the demo employer ranks the student too.
        using var employerApi = await BrowserSession.ApiAsync("employer@demo.local");
        var employerId = (await employerApi.GetFromJsonAsync<JsonObject>("/api/me"))!["employerId"]!.GetValue<int>();
        var eligible = (await studentApi.GetFromJsonAsync<JsonObject>($"/api/match-rounds/{demoRound}/postings?eligibleOnly=true&pageSize=100"))!["items"]!
            .AsArray().First(p => p!["employerId"]!.GetValue<int>() == employerId)!;
        var postingId = eligible["postingId"]!.GetValue<int>();
        var postingTitle = eligible["title"]!.GetValue<string>();
        var studentId = (await studentApi.GetFromJsonAsync<JsonObject>("/api/me"))!["studentId"]!.GetValue<int>();
        var name = $"Browser round {Guid.NewGuid():N}"[..22];
        using var coordinatorApi = await BrowserSession.ApiAsync("coordinator@demo.local");
        var created = await coordinatorApi.PostAsJsonAsync("/api/match-rounds", new
        {
            name, term = "Spring 2027", preferenceDeadline = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"),
            postingIds = new[] { postingId }, studentIds = new[] { studentId },
        });
        created.EnsureSuccessStatusCode();
        var roundId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        var student = await BrowserSession.OpenAsync("student@demo.local", width: 375, height: 800);
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var supervisor = await BrowserSession.OpenAsync("supervisor@demo.local");
        var employer = await BrowserSession.OpenAsync("employer@demo.local");
        var anonymous = await BrowserSession.OpenAsync();

        // The student finds the round from the menu and ranks the posting first.
        await student.GotoAsync("/student/rounds");
        await student.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await student.WaitForURLAsync($"**/student/rounds/{roundId}");
        await student.GetByLabel("Choice 1").SelectOptionAsync(postingId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await student.GetByRole(AriaRole.Button, new() { Name = "Save my ranking" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync($"first: “{postingTitle}”");
        await Expect(student.GetByLabel("Choice 1")).ToHaveValueAsync(postingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await BrowserSession.ExpectTurnedAwayAsync(student, $"/coordinator/rounds/{roundId}");
        await BrowserSession.ExpectTurnedAwayAsync(supervisor, "/coordinator/rounds");
        await BrowserSession.ExpectTurnedAwayAsync(anonymous, $"/student/rounds/{roundId}");

        // The employer ranks the student who chose its posting.
        await employer.GotoAsync("/employer/rounds");
        await employer.Locator($"[data-round='{roundId}']").GetByRole(AriaRole.Link, new() { Name = postingTitle }).ClickAsync();
        await employer.WaitForURLAsync($"**/employer/rounds/{roundId}/postings/{postingId}");
        await employer.Locator($"[data-student='{studentId}'] input[type=number]").FillAsync("1");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Save the ranking" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync("1 ranked, 0 not acceptable");
        await Expect(employer.Locator($"[data-student='{studentId}'] input[type=number]")).ToHaveValueAsync("1");
        await BrowserSession.ExpectTurnedAwayAsync(supervisor, $"/employer/rounds/{roundId}/postings/{postingId}");

        // The coordinator locks the round, runs it with a seed, reviews the result and publishes it.
        await coordinator.GotoAsync("/coordinator/rounds");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lock the rankings" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The round is locked");
        await coordinator.GetByLabel("Lottery seed (optional)").FillAsync("7");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Run the match" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Run 1 (seed 7) placed 1 of 1 students");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Review of run 1");
        await Expect(coordinator.Locator("figure.chart").First).ToContainTextAsync("Choice 1");
        var csv = await coordinator.APIRequest.GetAsync($"/coordinator/rounds/{roundId}?handler=Csv&number=1");
        Assert.That(await csv.TextAsync(), Does.Contain(postingTitle).And.StartWith("round,run,seed"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish run 1" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Run 1 is published");

        // The student's round page says the results are out, and the offer waits in their applications.
        await student.GotoAsync($"/student/rounds/{roundId}");
        await Expect(student.Locator("main")).ToContainTextAsync("The results are out");
        await student.GotoAsync("/student/applications?status=Offered");
        await Expect(student.Locator("main")).ToContainTextAsync(postingTitle);
    }


    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
