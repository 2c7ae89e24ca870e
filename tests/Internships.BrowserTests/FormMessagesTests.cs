using System.Globalization;
using Internships.BrowserTests.Support;

namespace Internships.BrowserTests;

/// <summary>
/// What a person sees when a form is refused: messages in the words of the page's labels, a summary at the top that
/// links to each field and takes the focus, the problem of one card shown on that card, and nothing typed elsewhere on
/// the page lost.
/// </summary>
public sealed class FormMessagesTests
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task The_posting_editor_names_its_fields_as_labelled_and_lists_them_at_the_top()
    {
        var employer = await BrowserSession.OpenAsync("employer@demo.local", width: 375, height: 800);
        await employer.GotoAsync("/employer/postings/new");
        await employer.GetByLabel("Hours a week").FillAsync("45");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();

        var summary = employer.Locator(".error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter the posting's title." })).ToHaveAttributeAsync("href", "#Input_Title");
        await Expect(summary).ToContainTextAsync("Enter what the intern will do.");
        await Expect(summary).ToContainTextAsync("Enter the day the internship starts.");
        await Expect(employer.Locator("[data-valmsg-for='Input.HoursPerWeek']")).ToHaveTextAsync("Hours a week must be 40 or fewer.");
        await Expect(employer.GetByLabel("Hours a week")).ToHaveValueAsync("45");
        Assert.That(await employer.EvaluateAsync<string>("document.activeElement.id"), Is.EqualTo("error-summary-title"),
            "after a failed submit the page lands on the form's problems, not the top of a phone screen");
        Assert.That(await summary.InnerTextAsync(), Does.Not.Match("'[A-Z]").And.Not.Contain("Hours Per Week").And.Not.Contain("must not be empty"));

        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the posting's title." }).ClickAsync();
        Assert.That(new Uri(employer.Url).Fragment, Is.EqualTo("#Input_Title"));
        Assert.That(await AccessibilityTests.BlockingViolationsAsync(employer, "/employer/postings/new (refused)"), Is.Empty);
    }

    [Test]
    public async Task Adding_a_supervisor_with_an_empty_form_keeps_the_organisation_profile()
    {
        var employer = await BrowserSession.OpenAsync("employer@demo.local");
        await employer.GotoAsync("/employer/organisation");
        var name = await employer.GetByLabel("Name", new() { Exact = true }).InputValueAsync();
        var industry = await employer.GetByLabel("Industry").InputValueAsync();
        Assert.That(name, Is.Not.Empty);

        await employer.GetByRole(AriaRole.Button, new() { Name = "Add the supervisor" }).ClickAsync();

        await Expect(employer.Locator("[data-valmsg-for='Input.FirstName']")).ToHaveTextAsync("Enter the supervisor's first name.");
        await Expect(employer.Locator(".error-summary")).ToContainTextAsync("Enter the supervisor's e-mail address.");
        await Expect(employer.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);
        await Expect(employer.GetByLabel("Industry")).ToHaveValueAsync(industry);
    }

    [Test]
    public async Task A_posting_chosen_twice_is_named_and_the_choices_stay_as_chosen()
    {
        var round = await StudentRound.CreateAsync($"Twice round {Guid.NewGuid():N}"[..20]);
        var postingId = round.PostingId.ToString(CultureInfo.InvariantCulture);
        var title = round.PostingTitle;
        var roundId = round.RoundId;

        var student = await BrowserSession.OpenAsync("student@demo.local", width: 375, height: 800);
        await student.GotoAsync($"/student/rounds/{roundId}");
        await student.GetByLabel("Choice 1").SelectOptionAsync(postingId);
        await student.GetByLabel("Choice 2").SelectOptionAsync(postingId);
        await student.GetByRole(AriaRole.Button, new() { Name = "Save my ranking" }).ClickAsync();

        await Expect(student.GetByRole(AriaRole.Alert)).ToContainTextAsync($"'{title}' is chosen twice: choose each posting once.");
        await Expect(student.GetByLabel("Choice 1")).ToHaveValueAsync(postingId);
        await Expect(student.GetByLabel("Choice 2")).ToHaveValueAsync(postingId);
        await Expect(student.GetByLabel("Choice 3")).ToHaveValueAsync("");
        Assert.That(await student.Locator("body").InnerTextAsync(), Does.Not.Contain($"Posting {postingId}"));
    }

    [Test]
    public async Task Returning_a_posting_without_a_reason_is_said_on_that_postings_card()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/coordinator/approvals");
        var card = coordinator.Locator("[data-posting]").First;
        var title = await card.GetByRole(AriaRole.Heading).InnerTextAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Return" }).ClickAsync();

        var refused = coordinator.Locator("[data-posting]", new() { HasText = title });
        await Expect(refused.GetByRole(AriaRole.Alert)).ToHaveTextAsync($"{title}: Enter the reason: what the employer should change.");
        await Expect(coordinator.GetByRole(AriaRole.Alert)).ToHaveCountAsync(1);
        Assert.That(await coordinator.EvaluateAsync<bool>("document.activeElement.classList.contains('row-errors')"), Is.True);
    }
}
