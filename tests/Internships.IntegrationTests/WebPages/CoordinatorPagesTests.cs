using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Reports;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.WebPages;

/// <summary>
/// The coordinator's pages open for coordinators only: another role gets the 403 page, someone signed out the sign-in page.
/// The employer's own admins download their signed partner agreement from their organisation page, and nobody else's.
/// </summary>
public sealed class CoordinatorPagesTests
{
    private static District District => TestHost.District;

    private static readonly string[] Templates =
    [
        "/coordinator/students", "/coordinator/students/new", "/coordinator/students/{student}", "/coordinator/students/{student}/edit",
        "/coordinator/students/{student}/contacts/{contact}",
        "/coordinator/employers", "/coordinator/employers/new", "/coordinator/employers/{employer}", "/coordinator/employers/{employer}/edit",
        "/coordinator/employers/{employer}/agreement", "/coordinator/employers/{employer}/worksite", "/coordinator/employers/{employer}/supervisors/{supervisor}",
        "/coordinator/schools", "/coordinator/schools/{school}/edit", "/coordinator/pathways/new", "/coordinator/pathways/{pathway}/edit",
        "/coordinator/badges", "/coordinator/badges/new", "/coordinator/badges/{badge}/edit", "/coordinator/badges/{badge}/roster",
        "/coordinator/rubric", "/coordinator/rubric/{competency}/edit",
    ];

    private static async Task<IReadOnlyList<string>> PathsAsync()
    {
        var schoolId = await District.CreateSchoolAsync();
        var pathwayId = await District.CreatePathwayAsync();
        var student = await District.CreateStudentAsync(schoolId, [pathwayId], withAccount: false);
        var contact = (await District.Coordinator.PostJsonAsync($"/api/students/{student.StudentId}/contacts", new
        {
            name = "Rosa Ortiz", relationship = "Mother", phone = "559 555 0142", preferredLanguage = "Spanish", isEmergencyContact = true,
        }, HttpStatusCode.Created))["contacts"]![0]!.AsObject();
        var employerId = await District.CreateEmployerAsync();
        var supervisor = await District.CreateSupervisorAsync(employerId);
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body()));
        var competencyId = (await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.GetAsync("/api/rubric")))[0]!["id"]!.GetValue<int>();
        var ids = new Dictionary<string, int>
        {
            ["{student}"] = student.StudentId, ["{contact}"] = District.Id(contact), ["{employer}"] = employerId, ["{supervisor}"] = supervisor.SupervisorId,
            ["{school}"] = schoolId, ["{pathway}"] = pathwayId, ["{badge}"] = badgeId, ["{competency}"] = competencyId,
        };
        return Templates.Select(t => ids.Aggregate(t, (path, id) => path.Replace(id.Key, id.Value.ToString(), StringComparison.Ordinal))).ToList();
    }

    [Test]
    public async Task Every_coordinator_page_opens_for_coordinators_only()
    {
        var paths = await PathsAsync();
        var coordinator = await CoordinatorPages.SignInAsync(District);
        var employerAdmin = await CoordinatorPages.SignInAsync(District, "EmployerAdmin", await District.CreateEmployerAsync());
        var signedOut = PageBrowser.Open(District.Factory);

        foreach (var path in paths)
        {
            var page = await coordinator.GetAsync(path);
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{path} for a coordinator");
            Assert.That((await employerAdmin.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{path} for an employer's admin");
            var anonymous = await signedOut.GetAsync(path);
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{path} signed out");
            Assert.That(anonymous.Headers.Location!.ToString(), Does.Contain("/account/sign-in"));
        }
    }

    [Test]
    public async Task A_record_that_does_not_exist_is_the_404_page()
    {
        var coordinator = await CoordinatorPages.SignInAsync(District);
        foreach (var path in new[] { "/coordinator/students/987654", "/coordinator/employers/987654", "/coordinator/badges/987654/edit",
                     "/coordinator/students/987654/contacts/1", "/coordinator/rubric/987654/edit" })
        {
            Assert.That((await coordinator.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
        }
    }

    [Test]
    public async Task A_refused_award_of_a_badge_on_another_page_of_the_catalogue_still_says_why()
    {
        // The catalogue is sorted by name, twenty to a page: this badge is never on the first page.
        for (var i = 0; i < 21; i++)
        {
            await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"AAA first page {District.Next()}"));
        }

        var badge = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(name: $"zzz last page {District.Next()}")));
        var coordinator = await CoordinatorPages.SignInAsync(District);

        var refused = await (await PageBrowser.PostFormAsync(coordinator, $"/coordinator/badges?handler=Award&badgeId={badge}",
            new() { ["Input.StudentSisId"] = "" })).Content.ReadAsStringAsync();

        Assert.That(refused, Does.Not.Contain($"data-badge=\"{badge}\""));
        var alert = refused[refused.IndexOf("role=\"alert\"", StringComparison.Ordinal)..];
        Assert.That(System.Net.WebUtility.HtmlDecode(alert[..alert.IndexOf("</div>", StringComparison.Ordinal)]),
            Does.Contain("Enter the student's SIS id."));
    }

    [Test]
    public async Task An_employers_admins_download_their_own_signed_agreement_and_no_one_elses()
    {
        var own = await District.CreateEmployerAsync();
        var other = await District.CreateEmployerAsync();
        var pdf = Pdf.Document("own agreement");
        foreach (var employerId in new[] { own, other })
        {
            await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PutAsync($"/api/employers/{employerId}/partner-agreement/document",
                Pdf.Body(employerId == own ? pdf : Pdf.Document("other"))));
        }

        var admin = await CoordinatorPages.SignInAsync(District, "EmployerAdmin", own);
        var organisation = await admin.GetStringAsync("/employer/organisation");
        Assert.That(organisation, Does.Contain("Download the signed agreement (PDF)"));
        var download = await admin.GetAsync("/employer/organisation?handler=Agreement");
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
        Assert.That((await admin.GetAsync($"/coordinator/employers/{other}?handler=Agreement")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_reports_page_refreshes_itself_while_a_report_is_being_made_until_asked_not_to()
    {
        var coordinator = await CoordinatorPages.SignInAsync(District);

        // A report queued with no job yet: it stays queued until the stalled-report scan hands it to one.
        var reportId = await District.Factory.WithDbAsync(async db =>
        {
            var report = Report.ForTerm(new ReportTerm("Refresh test", District.Today.AddDays(-30), District.Today), "refresh-test", null, DateTime.UtcNow);
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
        try
        {
            var busy = await coordinator.GetAsync("/reports");
            Assert.That(busy.Headers.GetValues("Refresh").Single(), Is.EqualTo("5"));
            Assert.That(await busy.Content.ReadAsStringAsync(), Does.Contain("Stop refreshing"));
            var stopped = await coordinator.GetAsync("/reports?refresh=off");
            Assert.That(stopped.Headers.Contains("Refresh"), Is.False);
        }
        finally
        {
            await District.Factory.WithDbAsync(db => db.Reports.Where(r => r.Id == reportId).ExecuteDeleteAsync());
        }
    }
}
