using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.BrowserTests.Support;
using static Internships.BrowserTests.Support.ConfirmationPanel;
using static Microsoft.Playwright.Assertions;

namespace Internships.BrowserTests;

/// <summary>
/// Actions that cannot be undone ask first, on the same page and without script: the first click shows what will happen
/// and changes nothing, Cancel leaves the record as it was, and only "Yes" does it. An offer shows its terms, and an
/// offer beyond the places left warns the employer. Each question passes the axe-core check.
/// </summary>
public sealed class ConfirmationTests
{
    [Test]
    public async Task Rejecting_offering_accepting_declining_withdrawing_and_closing_ask_first()
    {
        var data = await JourneyData.CreateAsync();
        var coordinatorApi = await BrowserSession.ApiAsync("coordinator@demo.local");
        (await coordinatorApi.PostAsync($"/api/postings/{data.PostingId}/approve", null)).EnsureSuccessStatusCode();
        var api = await BrowserSession.ApiAsync(data.EmployerEmail, data.Password);
        var maya = await (await BrowserSession.ApiAsync(data.StudentEmail, data.Password))
            .PostAsJsonAsync($"/api/postings/{data.PostingId}/applications", new { statement = "Maya would like to learn the lab's work." });
        var mayaId = (await maya.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        var ana = await ApplicantAsync(data, "Ana");
        var ben = await ApplicantAsync(data, "Ben");
        var cal = await ApplicantAsync(data, "Cal");
        var problems = new List<string>();
        var applicants = $"/employer/postings/{data.PostingId}/applicants";
        var employer = await BrowserSession.OpenAsync(data.EmployerEmail, data.Password);
        await employer.GotoAsync(applicants);
        ILocator Card(int id) => employer.Locator($"[data-application='{id}']");
        Task<string> Status(int id) => ReadAsync(api, $"/api/applications/{id}", "status");

        // Rejecting: the first click asks (the reason is asked there) and changes nothing; Cancel neither.
        var question = $"Reject {cal.Name}'s application to {data.PostingTitle}?";
        await AskedAsync(employer, Card(cal.ApplicationId).GetByRole(AriaRole.Button, new() { Name = "Reject" }), question, problems);
        await Expect(Of(employer)).ToContainTextAsync("cannot apply to this posting again");
        Assert.That(await Status(cal.ApplicationId), Is.EqualTo("Submitted"));
        await CancelAsync(employer);
        Assert.That(await Status(cal.ApplicationId), Is.EqualTo("Submitted"));
        await AskedAsync(employer, Card(cal.ApplicationId).GetByRole(AriaRole.Button, new() { Name = "Reject" }), question);
        await Of(employer).GetByLabel("Reason (the student sees it) (optional)").FillAsync("We need someone who can start in June.");
        await YesAsync(employer, "Yes, reject");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"You turned down the application of {cal.Name}");
        Assert.That(await Status(cal.ApplicationId), Is.EqualTo("Rejected"));
        Assert.That(await ReadAsync(api, $"/api/applications/{cal.ApplicationId}", "decisionNote"), Is.EqualTo("We need someone who can start in June."));

        // Offering shows the offer's terms; with fewer open offers than places, no warning.
        await AskedAsync(employer, Card(mayaId).GetByRole(AriaRole.Button, new() { Name = "Make an offer" }),
            $"Offer {data.StudentName} the internship {data.PostingTitle}?", problems);
        await Expect(Of(employer).Locator("dl.terms")).ToContainTextAsync("$18.50 an hour");
        await Expect(Of(employer).Locator("dl.terms dd").Nth(1)).ToHaveTextAsync("10");
        await Expect(Of(employer).Locator(".confirm-warning")).ToHaveCountAsync(0);
        Assert.That(await Status(mayaId), Is.EqualTo("Submitted"));
        await CancelAsync(employer);
        Assert.That(await Status(mayaId), Is.EqualTo("Submitted"));
        await AskedAsync(employer, Card(mayaId).GetByRole(AriaRole.Button, new() { Name = "Make an offer" }), $"Offer {data.StudentName} the internship {data.PostingTitle}?");
        await YesAsync(employer, $"Yes, offer the place to {data.StudentName}");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"You offered the internship to {data.StudentName}");
        Assert.That(await Status(mayaId), Is.EqualTo("Offered"));
        await AskedAsync(employer, Card(ana.ApplicationId).GetByRole(AriaRole.Button, new() { Name = "Make an offer" }), $"Offer {ana.Name} the internship {data.PostingTitle}?");
        await Expect(Of(employer).Locator(".confirm-warning")).ToHaveCountAsync(0);
        await YesAsync(employer, $"Yes, offer the place to {ana.Name}");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"You offered the internship to {ana.Name}");

        // Two offers wait for an answer and two places are left: a third offer warns, and is still allowed.
        await AskedAsync(employer, Card(ben.ApplicationId).GetByRole(AriaRole.Button, new() { Name = "Make an offer" }), $"Offer {ben.Name} the internship {data.PostingTitle}?", problems);
        await Expect(Of(employer).Locator(".confirm-warning")).ToContainTextAsync("2 offers not yet answered already equal the 2 places left");
        Assert.That(await Status(ben.ApplicationId), Is.EqualTo("Submitted"));
        await YesAsync(employer, $"Yes, offer the place to {ben.Name}");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"You offered the internship to {ben.Name}");
        Assert.That(await Status(ben.ApplicationId), Is.EqualTo("Offered"));

        // The student sees the offer's terms on the card, and each answer asks first.
        var student = await BrowserSession.OpenAsync(data.StudentEmail, data.Password, width: 375, height: 800);
        await student.GotoAsync("/student/applications");
        var offer = student.Locator($"[data-application='{mayaId}']");
        await Expect(offer.Locator("dl.terms")).ToContainTextAsync("$18.50 an hour");
        await Expect(offer.Locator("dl.terms")).ToContainTextAsync("No date: the places go to the students who accept first");
        var mayaApi = await BrowserSession.ApiAsync(data.StudentEmail, data.Password);
        await AskedAsync(student, offer.GetByRole(AriaRole.Button, new() { Name = "Decline" }), $"Decline the offer of Kings River Water {data.Tag} for {data.PostingTitle}?", problems);
        await CancelAsync(student);
        await AskedAsync(student, offer.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }), $"Withdraw your application to {data.PostingTitle}?", problems);
        await Expect(Of(student)).ToContainTextAsync("The offer goes with it.");
        await CancelAsync(student);
        await AskedAsync(student, offer.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }), $"Accept the offer of Kings River Water {data.Tag} for {data.PostingTitle}?", problems);
        await Expect(Of(student).Locator("dl.terms")).ToContainTextAsync("$18.50 an hour");
        Assert.That(await ReadAsync(mayaApi, $"/api/applications/{mayaId}", "status"), Is.EqualTo("Offered"));
        await CancelAsync(student);
        Assert.That(await ReadAsync(mayaApi, $"/api/applications/{mayaId}", "status"), Is.EqualTo("Offered"));
        await AskedAsync(student, offer.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }), $"Accept the offer of Kings River Water {data.Tag} for {data.PostingTitle}?");
        await YesAsync(student, "Yes, accept the offer");
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("You accepted the offer");
        Assert.That(await Status(mayaId), Is.EqualTo("Accepted"));

        // Ana declines; Ben withdraws: each after saying yes.
        var anaPage = await BrowserSession.OpenAsync(ana.Email, data.Password);
        await anaPage.GotoAsync("/student/applications");
        await AskedAsync(anaPage, anaPage.GetByRole(AriaRole.Button, new() { Name = "Decline" }), $"Decline the offer of Kings River Water {data.Tag} for {data.PostingTitle}?");
        Assert.That(await Status(ana.ApplicationId), Is.EqualTo("Offered"));
        await YesAsync(anaPage, "Yes, decline the offer");
        await Expect(anaPage.GetByRole(AriaRole.Status)).ToContainTextAsync("You declined the offer");
        Assert.That(await Status(ana.ApplicationId), Is.EqualTo("Declined"));
        var benPage = await BrowserSession.OpenAsync(ben.Email, data.Password);
        await benPage.GotoAsync("/student/applications");
        await AskedAsync(benPage, benPage.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }), $"Withdraw your application to {data.PostingTitle}?");
        await CancelAsync(benPage);
        Assert.That(await Status(ben.ApplicationId), Is.EqualTo("Offered"));
        await AskedAsync(benPage, benPage.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }), $"Withdraw your application to {data.PostingTitle}?");
        await YesAsync(benPage, "Yes, withdraw");
        await Expect(benPage.GetByRole(AriaRole.Status)).ToContainTextAsync("You withdrew your application");
        Assert.That(await Status(ben.ApplicationId), Is.EqualTo("Withdrawn"));

        // Closing the posting asks first too.
        await employer.GotoAsync("/employer/postings");
        var posting = employer.Locator($"[data-posting='{data.PostingId}']");
        await AskedAsync(employer, posting.GetByRole(AriaRole.Button, new() { Name = "Close" }), $"Close {data.PostingTitle}?", problems);
        Assert.That(await ReadAsync(api, $"/api/postings/{data.PostingId}", "status"), Is.EqualTo("Open"));
        await CancelAsync(employer);
        Assert.That(await ReadAsync(api, $"/api/postings/{data.PostingId}", "status"), Is.EqualTo("Open"));
        await AskedAsync(employer, posting.GetByRole(AriaRole.Button, new() { Name = "Close" }), $"Close {data.PostingTitle}?");
        await YesAsync(employer, "Yes, close the posting");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync("is closed");
        Assert.That(await ReadAsync(api, $"/api/postings/{data.PostingId}", "status"), Is.EqualTo("Closed"));

        foreach (var page in new[] { employer, student, anaPage, benPage })
        {
            await page.Context.CloseAsync();
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task Deactivating_students_and_supervisors_and_disabling_accounts_ask_first()
    {
        var data = await JourneyData.CreateAsync();
        var coordinatorApi = await BrowserSession.ApiAsync("coordinator@demo.local");
        (await coordinatorApi.PostAsync($"/api/postings/{data.PostingId}/approve", null)).EnsureSuccessStatusCode();
        var dee = await ApplicantAsync(data, "Dee");
        var problems = new List<string>();
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");

        // A student's pathway enrolment, then the student: the first click asks, and nothing changes until the coordinator says yes.
        await coordinator.GotoAsync($"/coordinator/students/{dee.StudentId}");
        var end = coordinator.GetByRole(AriaRole.Button, new() { Name = "End this enrolment" });
        var endQuestion = $"End {dee.Name}'s enrolment in Water Technology {data.Tag}?";
        await AskedAsync(coordinator, end, endQuestion, problems);
        await CancelAsync(coordinator);
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("ended");
        await AskedAsync(coordinator, end, endQuestion);
        await YesAsync(coordinator, "Yes, end the enrolment");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"The enrolment in Water Technology {data.Tag} is ended");
        var deactivate = coordinator.GetByRole(AriaRole.Button, new() { Name = "Deactivate" });
        await AskedAsync(coordinator, deactivate, $"Deactivate {dee.Name}?", problems);
        await Expect(Of(coordinator)).ToContainTextAsync("you can reactivate them later");
        Assert.That(await ReadAsync(coordinatorApi, $"/api/students/{dee.StudentId}", "isActive"), Is.EqualTo("true"));
        await CancelAsync(coordinator);
        Assert.That(await ReadAsync(coordinatorApi, $"/api/students/{dee.StudentId}", "isActive"), Is.EqualTo("true"));
        await AskedAsync(coordinator, deactivate, $"Deactivate {dee.Name}?");
        await YesAsync(coordinator, $"Yes, deactivate {dee.Name}");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is marked as no longer enrolled");
        Assert.That(await ReadAsync(coordinatorApi, $"/api/students/{dee.StudentId}", "isActive"), Is.EqualTo("false"));

        // The employer's supervisor, from the employer's own page: asked, cancelled, then done.
        var supervisorName = $"Lee Chen{data.Tag}";
        var employer = await BrowserSession.OpenAsync(data.EmployerEmail, data.Password);
        await employer.GotoAsync("/employer/organisation");
        var card = employer.Locator("li.card", new() { HasText = supervisorName });
        await AskedAsync(employer, card.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }), $"Deactivate {supervisorName}?", problems);
        await Expect(card.Locator(".tag.bad")).ToHaveCountAsync(0);
        await CancelAsync(employer);
        await Expect(card.Locator(".tag.bad")).ToHaveCountAsync(0);
        await AskedAsync(employer, card.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }), $"Deactivate {supervisorName}?");
        await YesAsync(employer, $"Yes, deactivate {supervisorName}");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"{supervisorName} is no longer active");
        await Expect(card.Locator(".tag.bad")).ToHaveTextAsync("Inactive");
        // Reactivating is undone as easily as done: it does not ask.
        await card.GetByRole(AriaRole.Button, new() { Name = "Reactivate" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"{supervisorName} is active again");

        // The same supervisor from the coordinator's employer page.
        await coordinator.GotoAsync("/coordinator/employers?q=" + Uri.EscapeDataString($"Kings River Water {data.Tag}"));
        await coordinator.GetByRole(AriaRole.Link, new() { Name = $"Kings River Water {data.Tag}" }).ClickAsync();
        var supervisor = coordinator.Locator("[data-supervisor]", new() { HasText = supervisorName });
        await AskedAsync(coordinator, supervisor.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }), $"Deactivate {supervisorName}?", problems);
        await Expect(supervisor.Locator(".tag.bad")).ToHaveCountAsync(0);
        await YesAsync(coordinator, $"Yes, deactivate {supervisorName}");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"{supervisorName} is no longer active");

        // An account, from the accounts list: Cancel keeps the list's search.
        var accounts = "/accounts?q=" + Uri.EscapeDataString(data.StudentEmail);
        await coordinator.GotoAsync(accounts);
        var row = coordinator.Locator("tr", new() { HasText = data.StudentEmail });
        await AskedAsync(coordinator, row.GetByRole(AriaRole.Button, new() { Name = $"Disable {data.StudentEmail}" }), $"Disable {data.StudentEmail}?", problems);
        await Expect(row.Locator(".tag")).ToHaveTextAsync("Active");
        await CancelAsync(coordinator);
        Assert.That(new Uri(coordinator.Url).PathAndQuery, Does.Contain("q="));
        await Expect(row.Locator(".tag")).ToHaveTextAsync("Active");
        await AskedAsync(coordinator, row.GetByRole(AriaRole.Button, new() { Name = $"Disable {data.StudentEmail}" }), $"Disable {data.StudentEmail}?");
        await YesAsync(coordinator, "Yes, disable the account");
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"{data.StudentEmail} is disabled");
        await Expect(row.Locator(".tag")).ToContainTextAsync("Disabled");

        await coordinator.Context.CloseAsync();
        await employer.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }
}
