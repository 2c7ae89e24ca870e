using System.Text.RegularExpressions;
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
        var (roundId, name, postingId, postingTitle, studentId) = await StudentRound.CreateAsync($"Browser round {Guid.NewGuid():N}"[..22]);

        var student = await BrowserSession.OpenAsync("student@demo.local", width: 375, height: 800);
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var supervisor = await BrowserSession.OpenAsync("supervisor@demo.local");
        var employer = await BrowserSession.OpenAsync("employer@demo.local");
        var anonymous = await BrowserSession.OpenAsync();

        // The student finds the round from the menu and ranks the posting first.
        await student.GotoAsync("/student/rounds");
        await student.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex($"/student/rounds/{roundId}$"));
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
        await employer.WaitForArrivalAsync(new Regex($"/employer/rounds/{roundId}/postings/{postingId}$"));
        await employer.Locator($"[data-student='{studentId}'] input[type=number]").FillAsync("1");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Save the ranking" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync("1 ranked, 0 not acceptable");
        await Expect(employer.Locator($"[data-student='{studentId}'] input[type=number]")).ToHaveValueAsync("1");
        await BrowserSession.ExpectTurnedAwayAsync(supervisor, $"/employer/rounds/{roundId}/postings/{postingId}");

        // The coordinator locks the round, runs it with a seed, reviews the result and publishes it.
        await coordinator.GotoAsync("/coordinator/rounds");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        // Locking and publishing ask first: the first click changes nothing, Cancel neither, "Yes" does it.
        var problems = new List<string>();
        await ConfirmationPanel.AskedAsync(coordinator, coordinator.GetByRole(AriaRole.Button, new() { Name = "Lock the rankings" }),
            $"Lock the rankings of {name}?", problems);
        await Expect(coordinator.Locator("main .meta .tag").First).ToHaveTextAsync("Open");
        await ConfirmationPanel.CancelAsync(coordinator);
        await Expect(coordinator.Locator("main .meta .tag").First).ToHaveTextAsync("Open");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Lock the rankings" }).ClickAsync();
        await ConfirmationPanel.YesAsync(coordinator, "Yes, lock the rankings");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The round is locked");
        await coordinator.GetByLabel("Lottery seed (optional)").FillAsync("7");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Run the match" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Run 1 (seed 7) placed 1 of 1 students");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Review of run 1");
        await Expect(coordinator.Locator("figure.chart").First).ToContainTextAsync("Choice 1");
        var csv = await coordinator.APIRequest.GetAsync($"/coordinator/rounds/{roundId}?handler=Csv&number=1");
        Assert.That(await csv.TextAsync(), Does.Contain(postingTitle).And.StartWith("round,run,seed"));
        await ConfirmationPanel.AskedAsync(coordinator, coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish run 1" }), "Publish run 1?", problems);
        await Expect(ConfirmationPanel.Of(coordinator)).ToContainTextAsync("It placed 1 of 1 students.");
        await Expect(coordinator.Locator("main .meta .tag").First).ToHaveTextAsync("Locked");
        await ConfirmationPanel.CancelAsync(coordinator);
        await Expect(coordinator.Locator("main .meta .tag").First).ToHaveTextAsync("Locked");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publish run 1" }).ClickAsync();
        await ConfirmationPanel.YesAsync(coordinator, "Yes, publish run 1");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Run 1 is published");

        // The student's round page says the results are out, and the offer waits in their applications.
        await student.GotoAsync($"/student/rounds/{roundId}");
        await Expect(student.Locator("main")).ToContainTextAsync("The results are out");
        await student.GotoAsync("/student/applications?status=Offered");
        await Expect(student.Locator("main")).ToContainTextAsync(postingTitle);
        Assert.That(problems, Is.Empty);
    }


    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
