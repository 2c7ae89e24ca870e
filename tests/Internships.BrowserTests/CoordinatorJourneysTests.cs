using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;

namespace Internships.BrowserTests;

/// <summary>
/// A coordinator's first week in the browser, no API: adding a student and enrolling them; onboarding an employer (profile,
/// partner agreement with its signed PDF, insurance and worksite checks, a supervisor) through to its first posting,
/// approved; and awarding a badge to a roster from a CSV with one bad row, previewed before anything is awarded.
/// </summary>
public sealed class CoordinatorJourneysTests
{
    [Test]
    public async Task A_coordinator_adds_a_student_enrols_them_and_records_their_guardian()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var today = DistrictToday();
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        var employer = await BrowserSession.OpenAsync("employer@demo.local");

        await coordinator.GotoAsync("/coordinator/students");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Add a student" }).ClickAsync();
        await coordinator.WaitForArrivalAsync(new Regex("/coordinator/students/new$"));

        // An empty form: the summary lists the problems, and each field says in its own words what it needs.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the student" }).ClickAsync();
        await Expect(coordinator.Locator(".error-summary")).ToContainTextAsync("Enter the SIS id.");
        await Expect(coordinator.Locator("[data-valmsg-for='Input.FirstName']")).ToHaveTextAsync("Enter the first name.");
        await Expect(coordinator.Locator("[data-valmsg-for='Input.DateOfBirth']")).ToHaveTextAsync("Enter the date of birth.");
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("'First Name'");

        await coordinator.GetByLabel("SIS id").FillAsync($"NEW-{tag}");
        await coordinator.GetByLabel("First name").FillAsync("Itzel");
        await coordinator.GetByLabel("Last name").FillAsync($"Ramirez{tag}");
        await coordinator.GetByLabel("E-mail address").FillAsync($"itzel-{tag}@students.example");
        await coordinator.GetByLabel("Grade").SelectOptionAsync("11");
        await coordinator.GetByLabel("Date of birth").FillAsync(today.AddYears(-16).AddDays(-40).ToString("yyyy-MM-dd"));
        await coordinator.GetByLabel("School").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the student" }).ClickAsync();
        await coordinator.WaitForArrivalAsync(new Regex("/coordinator/students/\\d+$"));
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"Itzel Ramirez{tag} is added.");
        var record = new Uri(coordinator.Url).AbsolutePath;

        // Enrolled from today (the district's day) unless another date is given.
        var enrolForm = coordinator.Locator("form", new() { Has = coordinator.GetByRole(AriaRole.Button, new() { Name = "Enrol", Exact = true }) });
        await Expect(enrolForm.GetByLabel("Enrolled from")).ToHaveValueAsync(today.ToString("yyyy-MM-dd"));
        var pathway = await enrolForm.GetByLabel("Pathway").Locator("option").Nth(1).TextContentAsync();
        await enrolForm.GetByLabel("Pathway").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await enrolForm.GetByRole(AriaRole.Button, new() { Name = "Enrol", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"is enrolled in {pathway}");

        // The guardian, whom the district writes to in Spanish.
        var contactForm = coordinator.Locator("form", new() { Has = coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the contact" }) });
        await contactForm.GetByLabel("Name").FillAsync($"Rosa Ramirez{tag}");
        await contactForm.GetByLabel("Relationship to the student").FillAsync("Mother");
        await contactForm.GetByLabel("Phone").FillAsync("(559) 555-0142");
        await contactForm.GetByLabel("Language for letters and e-mail").SelectOptionAsync("es-US");
        await contactForm.GetByLabel("Emergency contact: whom a worksite calls first").CheckAsync();
        await contactForm.GetByRole(AriaRole.Button, new() { Name = "Add the contact" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"Rosa Ramirez{tag} is one of Itzel's contacts now.");
        var contact = coordinator.Locator("[data-contact]", new() { HasText = $"Rosa Ramirez{tag}" });
        await Expect(contact).ToContainTextAsync("reads Spanish");
        await Expect(contact).ToContainTextAsync("Emergency contact");

        // The new student is found by SIS id, among those not yet placed.
        await coordinator.GotoAsync($"/coordinator/students?q=NEW-{tag}&notPlaced=true");
        await Expect(coordinator.Locator("table")).ToContainTextAsync($"Ramirez{tag}, Itzel");
        await Expect(coordinator.Locator("table")).ToContainTextAsync("Not yet");
        await BrowserSession.ExpectTurnedAwayAsync(employer, record);
        await BrowserSession.ExpectTurnedAwayAsync(employer, "/coordinator/students/new");
    }

    [Test]
    public async Task A_coordinator_onboards_an_employer_whose_first_posting_is_approved()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var name = $"Sierra Solar Cooperative {tag}";
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");

        await coordinator.GotoAsync("/coordinator/employers");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Add an employer" }).ClickAsync();
        await coordinator.GetByLabel("Organisation name").FillAsync(name);
        await coordinator.GetByLabel("Industry").FillAsync("Solar energy");
        await coordinator.GetByLabel("Contact e-mail").FillAsync($"interns-{tag}@sierrasolar.example");
        await coordinator.GetByLabel("City (optional)").FillAsync("Fresno");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the employer" }).ClickAsync();
        await coordinator.WaitForArrivalAsync(new Regex("/coordinator/employers/\\d+$"));
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Record its partner agreement next");
        var employerPage = new Uri(coordinator.Url).AbsolutePath;
        var employerId = int.Parse(employerPage.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        // The partner agreement: a file that is not a PDF is refused beside its field, and nothing is recorded.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Record the agreement" }).ClickAsync();
        await coordinator.GetByLabel("Signed agreement (PDF, at most 5 MB)").SetInputFilesAsync(SamplePdf.NotAPdf("agreement.pdf"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record the agreement" }).ClickAsync();
        await Expect(coordinator.Locator("[data-valmsg-for='Input.Document']")).ToHaveTextAsync("The signed agreement must be a PDF file.");
        await coordinator.GotoAsync(employerPage);
        await Expect(coordinator.Locator("section", new() { HasText = "Partner agreement" })).ToContainTextAsync("Not signed");

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Record the agreement" }).ClickAsync();
        await coordinator.GetByLabel("Expires on (optional)").FillAsync(DistrictToday().AddYears(2).ToString("yyyy-MM-dd"));
        await coordinator.GetByLabel("Signed agreement (PDF, at most 5 MB)").SetInputFilesAsync(SamplePdf.File("sierra-solar-agreement.pdf"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record the agreement" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("is recorded, with its signed copy");
        await Expect(coordinator.Locator("section", new() { HasText = "Partner agreement" })).ToContainTextAsync("In force");
        var download = await coordinator.RunAndWaitForDownloadAsync(() =>
            coordinator.GetByRole(AriaRole.Link, new() { Name = "Download the signed agreement (PDF)" }).ClickAsync());
        Assert.That(download.SuggestedFilename, Is.EqualTo("sierra-solar-agreement.pdf"));

        // Insurance and the worksite-safety checklist.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Record insurance and safety checks" }).ClickAsync();
        await coordinator.GetByLabel("Insurance carrier").FillAsync("Valley Mutual Insurance");
        await coordinator.GetByLabel("Policy number").FillAsync($"GL-{tag}");
        await coordinator.GetByLabel("Insurance expires on").FillAsync(DistrictToday().AddYears(1).ToString("yyyy-MM-dd"));
        foreach (var box in await coordinator.Locator("fieldset input[type=checkbox]").AllAsync())
        {
            await box.CheckAsync();
        }

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save insurance and checks" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("(5 of 5 items checked)");

        // A supervisor, added by the coordinator.
        var supervisorForm = coordinator.Locator("form", new() { Has = coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the supervisor" }) });
        await supervisorForm.GetByLabel("First name").FillAsync("Dana");
        await supervisorForm.GetByLabel("Last name").FillAsync($"Whitehorse{tag}");
        await supervisorForm.GetByLabel("E-mail address").FillAsync($"dana-{tag}@sierrasolar.example");
        await supervisorForm.GetByLabel("Job title (optional)").FillAsync("Installation lead");
        await supervisorForm.GetByRole(AriaRole.Button, new() { Name = "Add the supervisor" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"Dana Whitehorse{tag} is a supervisor now");

        // Invitations are another issue's: an administrator opens the employer admin's account.
        const string password = "Onboard!2345";
        var adminEmail = $"hr-{tag}@sierrasolar.example";
        using (var admin = await BrowserSession.ApiAsync("admin@demo.local"))
        {
            var created = await admin.PostAsJsonAsync("/api/users", new { email = adminEmail, password, role = "EmployerAdmin", employerId });
            Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
        }

        // The employer drafts its first posting and submits it.
        var employer = await BrowserSession.OpenAsync(adminEmail, password);
        var title = $"Solar installation intern {tag}";
        var start = DistrictToday().AddDays(40);
        await employer.GotoAsync("/employer/postings/new");
        await employer.GetByLabel("Title").FillAsync(title);
        await employer.GetByLabel("What the intern will do").FillAsync("Help our crews plan and install rooftop solar arrays, safely and on the ground first.");
        await employer.Locator("fieldset", new() { HasText = "Career pathways" }).Locator("input[type=checkbox]").First.CheckAsync();
        await employer.GetByLabel("Hourly wage ($)").FillAsync("19.50");
        await employer.GetByLabel("Hours a week").FillAsync("12");
        await employer.GetByLabel("Slots", new() { Exact = true }).FillAsync("2");
        await employer.GetByLabel("Starts").FillAsync(start.ToString("yyyy-MM-dd"));
        await employer.GetByLabel("Ends").FillAsync(start.AddDays(90).ToString("yyyy-MM-dd"));
        await employer.GetByLabel("Apply by").FillAsync(start.AddDays(-14).ToString("yyyy-MM-dd"));
        await employer.GetByLabel("Location").FillAsync("Fresno yard");
        await employer.GetByLabel("Grade 11").CheckAsync();
        await employer.GetByLabel("Grade 12").CheckAsync();
        await employer.GetByLabel("Supervisor").SelectOptionAsync(new SelectOptionValue { Label = $"Dana Whitehorse{tag}" });
        await employer.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await employer.WaitForArrivalAsync(new Regex("/employer/postings"));
        var card = employer.Locator("[data-posting]", new() { HasText = title });
        await card.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        // The coordinator approves it from the queue: the agreement in force lets it open.
        await coordinator.GotoAsync("/coordinator/approvals");
        await coordinator.Locator("[data-posting]", new() { HasText = title }).GetByRole(AriaRole.Button, new() { Name = "Approve and open" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{title}” of {name} is open to students.");
        await BrowserSession.ExpectTurnedAwayAsync(employer, employerPage);
        await BrowserSession.ExpectTurnedAwayAsync(employer, $"{employerPage}/agreement");
    }

    [Test]
    public async Task A_coordinator_previews_a_roster_with_one_bad_row_and_awards_the_others()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var badgeName = $"Solar Safety {tag}";
        string[] sisIds;
        using (var api = await BrowserSession.ApiAsync("coordinator@demo.local"))
        {
            var created = await api.PostAsJsonAsync("/api/badges", new
            {
                name = badgeName, description = "Completed the district's rooftop safety training.", criteria = "Attend all four sessions.",
                kind = "Competency", recipientType = "Student", color = "#8A4B08", endorsingEmployerId = (int?)null, validityMonths = 24,
                skills = new[] { "Fall protection" }, alignments = Array.Empty<object>(), prerequisiteIds = Array.Empty<int>(), awardRule = (object?)null,
            });
            Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
            var students = (await api.GetFromJsonAsync<JsonObject>("/api/students?grade=10&isActive=true&pageSize=2"))!["items"]!.AsArray();
            sisIds = students.Select(s => s!["sisId"]!.GetValue<string>()).ToArray();
        }

        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/coordinator/badges");
        var card = coordinator.Locator("li.card", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = badgeName, Exact = true }) });
        await card.GetByRole(AriaRole.Link, new() { Name = "Award to a roster (CSV)" }).ClickAsync();

        // A spreadsheet saved as .xlsx is no CSV: said beside the field.
        await coordinator.GetByLabel("Roster (CSV file)").SetInputFilesAsync(new FilePayload
        {
            Name = "roster.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0xFF],
        });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Check the roster" }).ClickAsync();
        await Expect(coordinator.Locator("[data-valmsg-for='Csv']")).ToContainTextAsync("CSV file saved as UTF-8");

        var csv = $"sisId,evidenceNarrative\n{sisIds[0]},Attended all four sessions.\nNOBODY-{tag},\n{sisIds[1]},Attended all four sessions.\n";
        await coordinator.GetByLabel("Roster (CSV file)").SetInputFilesAsync(SamplePdf.Csv("roster.csv", csv));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Check the roster" }).ClickAsync();
        await Expect(coordinator.Locator(".stats")).ToContainTextAsync("2 to be awarded");
        await Expect(coordinator.Locator("[data-line='3']")).ToContainTextAsync("No student has this SIS id.");
        await Expect(coordinator.Locator("[data-line='2']")).ToContainTextAsync("Will be awarded");

        // Nothing is awarded yet.
        using (var api = await BrowserSession.ApiAsync("coordinator@demo.local"))
        {
            var badgeId = (await api.GetFromJsonAsync<JsonObject>("/api/badges?pageSize=100&kind=Competency"))!["items"]!.AsArray()
                .Single(b => b!["name"]!.GetValue<string>() == badgeName)!["id"]!.GetValue<int>();
            Assert.That((await api.GetFromJsonAsync<JsonObject>($"/api/awards?badgeClassId={badgeId}"))!["total"]!.GetValue<int>(), Is.Zero);
        }

        await coordinator.GetByRole(AriaRole.Button, new() { Name = $"Award “{badgeName}” to 2 students" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("2 awarded, 0 skipped, 1 with errors (not awarded).");
        await Expect(coordinator.Locator("[data-award]", new() { HasText = badgeName })).ToHaveCountAsync(2);
    }

    [Test]
    public async Task A_document_over_the_limit_is_refused_beside_its_field_and_nothing_is_saved()
    {
        var coordinator = await BrowserSession.OpenAsync("coordinator@demo.local");
        await coordinator.GotoAsync("/coordinator/employers");
        await coordinator.Locator("table a[href^='/coordinator/employers/']").First.ClickAsync();
        var employerPage = new Uri(coordinator.Url).AbsolutePath;
        var before = await coordinator.Locator("section", new() { HasText = "Partner agreement" }).InnerTextAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Record the agreement" }).ClickAsync();
        await coordinator.GetByLabel("Expires on (optional)").FillAsync(DistrictToday().AddYears(5).ToString("yyyy-MM-dd"));

        var scan = new byte[12 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(scan);
        await coordinator.GetByLabel("Signed agreement (PDF, at most 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "scan.pdf", MimeType = "application/pdf", Buffer = scan,
        });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Record the agreement" }).ClickAsync();
        await Expect(coordinator.Locator("[data-valmsg-for='Input.Document']")).ToHaveTextAsync("The signed agreement must be at most 5 MB.");
        await Expect(coordinator.Locator(".error-summary")).ToContainTextAsync("The signed agreement must be at most 5 MB.");

        await coordinator.GotoAsync(employerPage);
        Assert.That(await coordinator.Locator("section", new() { HasText = "Partner agreement" }).InnerTextAsync(), Is.EqualTo(before),
            "the new expiry date was not saved without its file");
    }

    private static DateOnly DistrictToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
