using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.WebPages;

/// <summary>
/// The programme editor in the browser, for coordinators: a programme and its ordered requirements made through the
/// form are the programme the API answers; a refused field shows its message beside it; a save over someone else's
/// change is refused; a cohort is opened with its trainer named by e-mail, a participant enrolled on the roster page and
/// their fee recorded on their checklist. Nobody else opens the editor or changes a cohort.
/// </summary>
public sealed class ProgrammePagesTests
{
    private static District District => TestHost.District;

    private static async Task<int> PersonBadgeAsync() =>
        District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"STEM Facilitator {District.Next()}", recipientType: "Person", kind: "Competency")));

    /// <summary>The editor's fields for a programme with the four kinds of requirement, and a fifth row left blank.</summary>
    private static Dictionary<string, string> FourRequirements(string name, int badgeId, long? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Description"] = "Face-to-face training, an online module, coaching and an observation for after-school staff.",
            ["Input.BadgeClassId"] = badgeId.ToString(),
            ["Input.PdHoursTarget"] = "6.5",
            ["Input.FeeAmount"] = "150",
            ["Input.Requirements[0].Kind"] = "Session", ["Input.Requirements[0].Title"] = "Face-to-face STEM training", ["Input.Requirements[0].PdHours"] = "3",
            ["Input.Requirements[1].Kind"] = "OnlineModule", ["Input.Requirements[1].Title"] = "Online module: inquiry", ["Input.Requirements[1].PdHours"] = "1.5",
            ["Input.Requirements[2].Kind"] = "Coaching", ["Input.Requirements[2].Title"] = "One-on-one coaching", ["Input.Requirements[2].PdHours"] = "1",
            ["Input.Requirements[2].SessionsRequired"] = "2",
            ["Input.Requirements[3].Kind"] = "Observation", ["Input.Requirements[3].Title"] = "In-person observation", ["Input.Requirements[3].PdHours"] = "1",
            ["Input.Requirements[3].Criteria"] = "Engages youth in questions\nSafe use of materials\nConnects to everyday life",
            ["Input.Requirements[3].PassingScore"] = "8",
            ["Input.Requirements[4].Kind"] = "Session", ["Input.Requirements[4].Title"] = "",
        };
        if (version is { } v)
        {
            fields["Input.Version"] = v.ToString();
        }

        return fields;
    }

    private static async Task<int> CreateThroughTheEditorAsync(HttpClient coordinator, string name, int badgeId)
    {
        var created = await PageBrowser.PostFormAsync(coordinator, "/programmes/manage/new", FourRequirements(name, badgeId));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var location = created.Headers.Location!.OriginalString;
        Assert.That(location, Does.Match(@"^/programmes/manage/\d+$"));
        return int.Parse(location.Split('/')[^1]);
    }

    [Test]
    public async Task A_coordinator_creates_a_programme_with_four_requirements_through_the_editor()
    {
        var coordinator = await CoordinatorPages.SignInAsync(District);
        var badgeId = await PersonBadgeAsync();
        var name = $"Blended STEM {District.Next()}";

        var id = await CreateThroughTheEditorAsync(coordinator, name, badgeId);

        var programme = await District.Coordinator.GetJsonAsync($"/api/programmes/{id}");
        Assert.That(programme["name"]!.GetValue<string>(), Is.EqualTo(name));
        Assert.That(programme["badgeClassId"]!.GetValue<int>(), Is.EqualTo(badgeId));
        Assert.That(programme["pdHoursTarget"]!.GetValue<decimal>(), Is.EqualTo(6.5m));
        Assert.That(programme["feeAmount"]!.GetValue<decimal>(), Is.EqualTo(150m));
        var requirements = programme["requirements"]!.AsArray();
        Assert.That(requirements.Select(r => r!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "Session", "OnlineModule", "Coaching", "Observation" }),
            "the four rows in order; the blank fifth row is no requirement");
        Assert.That(requirements[2]!["sessionsRequired"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(requirements[3]!["criteria"]!.AsArray().Select(c => c!.GetValue<string>()),
            Is.EqualTo(new[] { "Engages youth in questions", "Safe use of materials", "Connects to everyday life" }));
        Assert.That(requirements[3]!["passingScore"]!.GetValue<int>(), Is.EqualTo(8));

        Assert.That(await coordinator.GetStringAsync("/programmes/manage"), Does.Contain($"href=\"/programmes/manage/{id}\""));
        var editor = await coordinator.GetStringAsync($"/programmes/manage/{id}");
        Assert.That(editor, Does.Contain("value=\"One-on-one coaching\"").And.Contain("Open the cohort"));
    }

    [Test]
    public async Task Rows_are_added_moved_and_removed_by_posting_the_form_back_without_saving()
    {
        var coordinator = await CoordinatorPages.SignInAsync(District);
        var fields = FourRequirements($"Rows {District.Next()}", await PersonBadgeAsync());

        var form = await coordinator.GetStringAsync("/programmes/manage/new");
        Assert.That(form, Does.Contain("formaction=\"?handler=Rows\" name=\"row\" value=\"down-0\""), "each row's buttons post the form back to this page");
        var moved = await PageBrowser.PostFormAsync(coordinator, "/programmes/manage/new?handler=Rows", new(fields) { ["row"] = "up-3" });
        var html = await moved.Content.ReadAsStringAsync();
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html.IndexOf("In-person observation", StringComparison.Ordinal), Is.LessThan(html.IndexOf("One-on-one coaching", StringComparison.Ordinal)));

        var added = await (await PageBrowser.PostFormAsync(coordinator, "/programmes/manage/new?handler=Rows", new(fields) { ["row"] = "add" })).Content.ReadAsStringAsync();
        Assert.That(added, Does.Contain("name=\"Input.Requirements[5].Title\""));

        var removed = await (await PageBrowser.PostFormAsync(coordinator, "/programmes/manage/new?handler=Rows", new(fields) { ["row"] = "remove-0" })).Content.ReadAsStringAsync();
        Assert.That(removed, Does.Not.Contain("Face-to-face STEM training").And.Not.Contain("name=\"Input.Requirements[4].Title\""));
    }

    [Test]
    public async Task Invalid_input_shows_the_page_again_with_each_message_beside_its_field()
    {
        var coordinator = await CoordinatorPages.SignInAsync(District);
        var fields = FourRequirements("", await PersonBadgeAsync());
        // The first row blank (left out), the coaching row without its sessions: the message belongs to the row typed in.
        fields["Input.Requirements[0].Title"] = "";
        fields["Input.Requirements[0].PdHours"] = "";
        fields["Input.Requirements[2].SessionsRequired"] = "";

        var refused = await PageBrowser.PostFormAsync(coordinator, "/programmes/manage/new", fields);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.That(Message(html, "Input.Name"), Is.EqualTo("Enter the name."));
        Assert.That(Message(html, "Input.Requirements[2].SessionsRequired"), Is.EqualTo("Say how many coaching sessions it takes (1 to 50)."));
        Assert.That(html, Does.Contain("value=\"In-person observation\""), "what was typed stays in the form");
        Assert.That(html, Does.Contain("href=\"#Input_Name\""), "the error summary links to the field");
    }

    [Test]
    public async Task A_save_over_someone_elses_change_is_refused_and_changes_nothing()
    {
        var coordinator = await CoordinatorPages.SignInAsync(District);
        var badgeId = await PersonBadgeAsync();
        var name = $"Stale STEM {District.Next()}";
        var id = await CreateThroughTheEditorAsync(coordinator, name, badgeId);
        var opened = await District.Coordinator.GetJsonAsync($"/api/programmes/{id}");
        var version = opened["version"]!.GetValue<long>();

        // Someone else saves first, through the API.
        await District.Coordinator.PutJsonAsync($"/api/programmes/{id}", new
        {
            name, description = "Changed by a colleague.", badgeClassId = badgeId, pdHoursTarget = 6.5m, feeAmount = 150m, requirements = ProgrammeScenario.Requirements,
        }, ApiClient.ETagOf(opened));

        var fields = FourRequirements(name, badgeId, version);
        fields["Input.Description"] = "My change, made on the old page.";
        var stale = await PageBrowser.PostFormAsync(coordinator, $"/programmes/manage/{id}", fields);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), Does.Contain("Someone else changed this record since you opened it"));
        using (var spanish = new HttpRequestMessage(HttpMethod.Post, $"/programmes/manage/{id}"))
        {
            // The same refusal, read in Spanish (the browser asks for it; the coordinator stored no language).
            fields["__RequestVerificationToken"] = Regex.Match(await coordinator.GetStringAsync($"/programmes/manage/{id}"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            spanish.Content = new FormUrlEncodedContent(fields);
            spanish.Headers.AcceptLanguage.ParseAdd("es-US");
            var refused = WebUtility.HtmlDecode(await (await coordinator.SendAsync(spanish)).Content.ReadAsStringAsync());
            Assert.That(refused, Does.Contain("Otra persona cambió este registro").And.Not.Contain("Someone else changed"));
        }
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/programmes/{id}"))["description"]!.GetValue<string>(), Is.EqualTo("Changed by a colleague."));
    }

    [Test]
    public async Task A_coordinator_opens_a_cohort_enrols_a_participant_by_e_mail_and_records_the_fee()
    {
        var coordinator = await CoordinatorPages.SignInAsync(District);
        var id = await CreateThroughTheEditorAsync(coordinator, $"Cohort STEM {District.Next()}", await PersonBadgeAsync());
        var agency = await District.CreateEmployerAsync();
        var trainer = await District.CreateAccountAsync("EmployerAdmin", employerId: agency);
        var trainerMe = await trainer.GetJsonAsync("/api/me");

        var opened = await PageBrowser.PostFormAsync(coordinator, $"/programmes/manage/{id}?handler=Cohort", new()
        {
            ["Cohort.Name"] = "Spring cohort", ["Cohort.StartsOn"] = District.Today.ToString("yyyy-MM-dd"),
            ["Cohort.EndsOn"] = District.Today.AddDays(60).ToString("yyyy-MM-dd"), ["Cohort.Capacity"] = "12",
            ["Cohort.TrainerEmail"] = trainerMe["email"]!.GetValue<string>(),
        });
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await opened.Content.ReadAsStringAsync());
        var cohort = (await District.Coordinator.GetJsonAsync($"/api/programmes/{id}/cohorts"))["items"]!.AsArray().Single()!;
        Assert.That(cohort["trainerUserId"]!.GetValue<int>(), Is.EqualTo(District.Id(trainerMe)));
        Assert.That(cohort["capacity"]!.GetValue<int>(), Is.EqualTo(12));
        var cohortId = District.Id(cohort.AsObject());
        Assert.That(await coordinator.GetStringAsync($"/programmes/manage/{id}"), Does.Contain($"href=\"/programmes/cohorts/{cohortId}\""));

        var unknown = await PageBrowser.PostFormAsync(coordinator, $"/programmes/cohorts/{cohortId}?handler=Enrol", new()
        {
            ["Enrol.Email"] = $"nobody-{District.Next()}@tests.local", ["Enrol.Name"] = "Nobody",
        });
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Message(await unknown.Content.ReadAsStringAsync(), "Enrol.Email"), Is.EqualTo("Choose an active account."));

        var participant = await District.CreateAccountAsync("EmployerAdmin", employerId: agency);
        var participantMe = await participant.GetJsonAsync("/api/me");
        var enrolled = await PageBrowser.PostFormAsync(coordinator, $"/programmes/cohorts/{cohortId}?handler=Enrol", new()
        {
            ["Enrol.Email"] = participantMe["email"]!.GetValue<string>(), ["Enrol.Name"] = "Dana Brooks", ["Enrol.OrganisationId"] = agency.ToString(),
        });
        Assert.That(enrolled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await enrolled.Content.ReadAsStringAsync());
        var enrolment = (await District.Coordinator.GetJsonAsync($"/api/cohorts/{cohortId}"))["enrolments"]!.AsArray().Single()!;
        Assert.That(enrolment["participantUserId"]!.GetValue<int>(), Is.EqualTo(District.Id(participantMe)));
        Assert.That(enrolment["organisationId"]!.GetValue<int>(), Is.EqualTo(agency));
        Assert.That(enrolment["fee"]!.GetValue<string>(), Is.EqualTo("Owed"));
        var enrolmentId = District.Id(enrolment.AsObject());

        var paid = await PageBrowser.PostFormAsync(coordinator, $"/programmes/enrolments/{enrolmentId}?handler=Fee", new() { ["Fee.Status"] = "Paid" });
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/enrolments/{enrolmentId}"))["fee"]!.GetValue<string>(), Is.EqualTo("Paid"));
        Assert.That(await coordinator.GetStringAsync($"/programmes/cohorts/{cohortId}"), Does.Contain("paid"));
    }

    [Test]
    public async Task Only_coordinators_open_the_editor_and_change_cohorts_and_fees()
    {
        var scenario = await ProgrammeScenario.CreateAsync(District);
        var participant = await scenario.EnrolAsync(District);
        var employerAdmin = await CoordinatorPages.SignInAsync(District, "EmployerAdmin", await District.CreateEmployerAsync());
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [await District.CreatePathwayAsync()]);
        var studentBrowser = PageBrowser.Open(District.Factory);
        var studentEmail = (await student.Client!.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        Assert.That((await PageBrowser.SignInAsync(studentBrowser, studentEmail, District.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        foreach (var browser in new[] { employerAdmin, studentBrowser })
        {
            foreach (var path in new[] { "/programmes/manage", "/programmes/manage/new", $"/programmes/manage/{scenario.ProgrammeId}" })
            {
                Assert.That((await browser.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
            }

            // A cohort they do not staff is, for them, not there.
            Assert.That((await browser.GetAsync($"/programmes/cohorts/{scenario.CohortId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        // The cohort's own trainer sees its roster, but neither enrols in it nor records a fee.
        var trainer = PageBrowser.Open(District.Factory);
        var trainerEmail = (await scenario.Trainer.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        await PageBrowser.SignInAsync(trainer, trainerEmail, District.Password);
        var roster = await trainer.GetStringAsync($"/programmes/cohorts/{scenario.CohortId}");
        Assert.That(roster, Does.Not.Contain("enrol-form"));
        var enrol = await PageBrowser.PostFormAsync(trainer, $"/programmes/cohorts/{scenario.CohortId}?handler=Enrol", new()
        {
            ["Enrol.Email"] = trainerEmail, ["Enrol.Name"] = "Sneaky",
        });
        Assert.That(enrol.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var fee = await PageBrowser.PostFormAsync(trainer, $"/programmes/enrolments/{participant.EnrolmentId}?handler=Fee", new() { ["Fee.Status"] = "Waived" });
        Assert.That(fee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/enrolments/{participant.EnrolmentId}"))["fee"]!.GetValue<string>(), Is.EqualTo("Owed"));
    }

    /// <summary>The message shown beside a field (its validation span), decoded.</summary>
    private static string? Message(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?<message>[^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["message"].Value) : null;
    }
}
