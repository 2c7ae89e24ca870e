using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;

namespace Internships.BrowserTests;

/// <summary>
/// The whole programme in a real browser: the district opens a posting; a student finds it and applies; the employer
/// offers; the student accepts; the coordinator records the paperwork; the student logs hours; the supervisor approves
/// them and evaluates; the coordinator completes the placement; the student holds the badge, whose public page works
/// signed out. At every step someone else tries the same page and is turned away.
/// </summary>
public sealed class JourneyTests
{
    [Test]
    public async Task A_student_finds_a_posting_applies_and_earns_a_badge_anyone_can_verify()
    {
        var data = await JourneyData.CreateAsync();
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var student = await BrowserSession.OpenAsync(data.StudentEmail, data.Password, width: 375, height: 800);
        var employer = await BrowserSession.OpenAsync(data.EmployerEmail, data.Password);
        var supervisor = await BrowserSession.OpenAsync(data.SupervisorEmail, data.Password);
        var otherEmployer = await BrowserSession.OpenAsync("employer@demo.local");
        var otherStudent = await BrowserSession.OpenAsync("student@demo.local");
        var otherSupervisor = await BrowserSession.OpenAsync("supervisor@demo.local");
        var anonymous = await BrowserSession.OpenAsync();

        // The coordinator opens the submitted posting from the approval queue; nobody else has the queue.
        await coordinator.GotoAsync("/coordinator/approvals");
        await coordinator.Locator($"[data-posting='{data.PostingId}']").GetByRole(AriaRole.Button, new() { Name = "Approve and open" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is open to students");
        await BrowserSession.ExpectTurnedAwayAsync(student, "/coordinator/approvals");
        await BrowserSession.ExpectTurnedAwayAsync(employer, "/coordinator/approvals");
        await BrowserSession.ExpectTurnedAwayAsync(anonymous, "/coordinator/approvals");

        // The student (on a phone) finds it by searching, sees the badge a senior posting needs, and applies.
        // On a phone the filters sit behind "Filters", with "only postings open to me" on; the senior posting is not open to them.
        await student.GotoAsync("/postings");
        await Expect(student.GetByLabel("Keywords")).Not.ToBeVisibleAsync();
        await student.GetByText("Filters", new() { Exact = false }).First.ClickAsync();
        await Expect(student.GetByLabel("Only postings open to me")).ToBeCheckedAsync();
        await student.GetByLabel("Only postings open to me").UncheckAsync();
        await student.GetByLabel("Keywords").FillAsync(data.Tag);
        await student.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("q="));
        await student.GetByRole(AriaRole.Link, new() { Name = $"Senior water technician {data.Tag}" }).ClickAsync();
        await Expect(student.Locator(".warn")).ToContainTextAsync($"You need the badge '{data.BadgeName}' to apply.");
        await student.GoBackAsync();
        await student.GetByRole(AriaRole.Link, new() { Name = data.PostingTitle }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex($"/postings/{data.PostingId}$"));
        await student.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
        await Expect(student.Locator("[data-valmsg-for='Input.Statement']")).ToHaveTextAsync("Tell the employer why you want this internship.");
        await student.GetByLabel("Why do you want this internship?").FillAsync("I test our well water in chemistry class and want to learn how the plant does it.");
        await student.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/student/applications$"));
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync($"You applied to “{data.PostingTitle}”");
        await student.GotoAsync($"/postings?filtered=true&q={data.Tag}");
        await Expect(student.Locator($"[data-applied='{data.PostingId}']")).ToContainTextAsync("Applied");
        await BrowserSession.ExpectTurnedAwayAsync(anonymous, $"/postings/{data.PostingId}");
        await BrowserSession.ExpectTurnedAwayAsync(employer, "/student/applications");

        // The employer reads the statement and offers; another employer and the student cannot see the applicants.
        var applicants = $"/employer/postings/{data.PostingId}/applicants";
        await employer.GotoAsync(applicants);
        await Expect(employer.Locator(".applicants")).ToContainTextAsync("I test our well water");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Make an offer" }).ClickAsync();
        await ConfirmationPanel.YesAsync(employer, $"Yes, offer the place to {data.StudentName}");
        await Expect(employer.GetByRole(AriaRole.Status)).ToContainTextAsync($"You offered the internship to {data.StudentName}");
        await BrowserSession.ExpectTurnedAwayAsync(otherEmployer, applicants);
        await BrowserSession.ExpectTurnedAwayAsync(student, applicants);

        // The student accepts the offer; it becomes a placement waiting for its paperwork.
        await student.GotoAsync("/student/applications");
        await student.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }).ClickAsync();
        await ConfirmationPanel.YesAsync(student, "Yes, accept the offer");
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("You accepted the offer");
        await student.GotoAsync("/student");
        await Expect(student.Locator(".still-needed")).ToContainTextAsync("the training agreement: signed by you, your employer and the district");
        await Expect(student.GetByRole(AriaRole.Link, new() { Name = "Log your hours" })).ToHaveCountAsync(0);
        await student.GetByRole(AriaRole.Link, new() { Name = "See your placement and your progress" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/placements/\\d+$"));
        var placement = new Uri(student.Url).AbsolutePath;
        await Expect(student.Locator("main")).ToContainTextAsync("Pending");
        await BrowserSession.ExpectTurnedAwayAsync(otherStudent, placement);
        await BrowserSession.ExpectTurnedAwayAsync(otherEmployer, placement);

        // The coordinator records the signed training agreement (an adult needs only that): the placement is active.
        await coordinator.GotoAsync(placement);
        await coordinator.GetByLabel("Signed document (PDF, at most 5 MB)").SetInputFilesAsync(SamplePdf.File("training-agreement.pdf"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record the document" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The placement is active.");

        // The student logs a day's hours from the link on their home page; the field's own rule speaks when the tasks are left out.
        await student.GotoAsync("/student");
        await student.GetByRole(AriaRole.Link, new() { Name = "Log your hours" }).ClickAsync();
        await student.WaitForArrivalAsync(new Regex("/placements/\\d+#log$"));
        await student.GetByLabel("Hours worked").FillAsync("4");
        await student.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Expect(student.Locator("[data-valmsg-for='Input.Tasks']")).Not.ToBeEmptyAsync();
        await student.GetByLabel("What you did").FillAsync("Sampled three wells and ran turbidity tests with the lab technician.");
        await student.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("You logged 4 hours");
        await student.GetByLabel("Hours worked").FillAsync("2");
        await student.GetByLabel("What you did").FillAsync("Labelled the afternoon samples.");
        await student.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("You logged 2 hours");

        // Only the intern's own supervisor approves and evaluates.
        await BrowserSession.ExpectTurnedAwayAsync(otherSupervisor, placement);
        await BrowserSession.ExpectTurnedAwayAsync(student, placement + "/evaluate?kind=Final");
        await supervisor.GotoAsync(placement);
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Approve 4 hours", Exact = false }).ClickAsync();
        await Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("You approved 4 hours");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();
        await Expect(supervisor.Locator("#approve-selected-error")).ToHaveTextAsync("Choose the hours to approve.");
        await supervisor.GetByLabel("Choose 2 hours", new() { Exact = false }).CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();
        await Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("You approved 2 hours in 1 entry");
        await Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Complete the placement" })).ToBeDisabledAsync();
        await Expect(supervisor.Locator("#completion-needs")).ToContainTextAsync("The supervisor's final evaluation is not in yet.");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Write the final evaluation" }).ClickAsync();
        await supervisor.WaitForArrivalAsync(new Regex(@"/evaluate\?kind=Final$"));
        foreach (var group in await supervisor.GetByRole(AriaRole.Radiogroup).AllAsync())
        {
            await group.GetByLabel("3 Proficient").CheckAsync();
        }

        await supervisor.GetByLabel("Testimonial").FillAsync("Careful with every sample, and kind to the public at the counter.");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Submit the evaluation" }).ClickAsync();
        await Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("You submitted the final evaluation");

        // The coordinator completes the placement, which awards the pathway's badge.
        await coordinator.GotoAsync(placement);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Complete the placement" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is complete");

        // The student sees the badge in the backpack; the ladder posting now lets them apply.
        await student.GotoAsync("/student/badges");
        var card = student.Locator(".backpack li.card", new() { HasText = data.BadgeName });
        await Expect(card).ToContainTextAsync("Valid");
        var verification = await card.GetByRole(AriaRole.Link, new() { Name = "Public verification page" }).GetAttributeAsync("href");
        await student.GotoAsync($"/postings/{data.LadderPostingId}");
        await Expect(student.GetByRole(AriaRole.Button, new() { Name = "Send my application" })).ToBeVisibleAsync();

        // Anyone, signed out, can verify the badge from its link.
        var response = await anonymous.GotoAsync(verification!);
        Assert.That(response!.Status, Is.EqualTo(200));
        await Expect(anonymous.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(data.BadgeName);
        await Expect(anonymous.Locator("main")).ToContainTextAsync("Valid");
        await Expect(anonymous.Locator("main")).ToContainTextAsync("Careful with every sample");
    }


    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
