using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.WebPages;

/// <summary>
/// A page action that cannot be undone asks first: its first post shows the question and changes nothing, only a post
/// with confirmed=true does it, and asking is authorised like doing (someone else's record is refused, and its names do
/// not show). The API does not ask.
/// </summary>
public sealed class ConfirmationPagesTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Rejecting_from_the_page_asks_first_and_only_the_confirmed_post_rejects()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var applicationId = await District.ApplyAsync(student, scenario.PostingId);
        var applicant = (await scenario.Employer.Client.GetJsonAsync($"/api/applications/{applicationId}"))["applicant"]!;
        var name = $"{applicant["firstName"]} {applicant["lastName"]}";
        var browser = await SignedInAsync(scenario.Employer.Client);
        var reject = $"/employer/postings/{scenario.PostingId}/applicants?handler=Reject&applicationId={applicationId}";

        var asked = await PageBrowser.PostFormAsync(browser, reject, new() { ["Input.Reason"] = "We filled the place from last year's interns." });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var question = await asked.Content.ReadAsStringAsync();
        Assert.That(question, Does.Contain($"Reject {name}&#x27;s application to").And.Contain("name=\"confirmed\" value=\"true\"")
            .And.Contain("We filled the place from last year&#x27;s interns.</textarea>").And.Contain("Yes, reject"));
        Assert.That(await StatusAsync(scenario.Employer.Client, applicationId), Is.EqualTo("Submitted"));

        var done = await PageBrowser.PostFormAsync(browser, reject,
            new() { ["confirmed"] = "true", ["Input.Reason"] = "We filled the place from last year's interns." });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var rejected = await scenario.Employer.Client.GetJsonAsync($"/api/applications/{applicationId}");
        Assert.That(rejected["status"]!.GetValue<string>(), Is.EqualTo("Rejected"));
        Assert.That(rejected["decisionNote"]!.GetValue<string>(), Is.EqualTo("We filled the place from last year's interns."));
    }

    [Test]
    public async Task Asking_about_someone_else_s_record_is_refused_and_shows_no_name()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var applicationId = await District.ApplyAsync(student, scenario.PostingId);
        var lastName = (await scenario.Employer.Client.GetJsonAsync($"/api/applications/{applicationId}"))["applicant"]!["lastName"]!.GetValue<string>();

        var otherEmployer = await District.CreateEmployerWithAdminAsync();
        var otherPosting = await District.CreateOpenPostingAsync(otherEmployer, [scenario.PathwayId]);
        var employerBrowser = await SignedInAsync(otherEmployer.Client);
        foreach (var handler in new[] { "Reject", "Offer" })
        {
            var response = await PageBrowser.PostFormAsync(employerBrowser,
                $"/employer/postings/{otherPosting}/applicants?handler={handler}&applicationId={applicationId}", new());
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound), handler);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(lastName), handler);
        }

        var otherStudent = await scenario.CreateEligibleStudentAsync(District);
        var studentBrowser = await SignedInAsync(otherStudent.Client!);
        var withdraw = await PageBrowser.PostFormAsync(studentBrowser, $"/student/applications?handler=Withdraw&applicationId={applicationId}", new());
        Assert.That(withdraw.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound));
        Assert.That(await StatusAsync(scenario.Employer.Client, applicationId), Is.EqualTo("Submitted"));
    }

    private static async Task<HttpClient> SignedInAsync(ApiClient api)
    {
        var browser = PageBrowser.Open(District.Factory);
        var email = (await api.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        var signedIn = await PageBrowser.SignInAsync(browser, email, District.Password);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return browser;
    }

    private static async Task<string> StatusAsync(ApiClient api, int applicationId) =>
        (await api.GetJsonAsync($"/api/applications/{applicationId}"))["status"]!.GetValue<string>();
}
