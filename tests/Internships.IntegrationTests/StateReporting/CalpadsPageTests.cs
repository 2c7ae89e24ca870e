using System.Net;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.StateReporting;

/// <summary>The CALPADS page fixes a missing course code for every internship of a pathway, keeping the form's message on bad input.</summary>
public sealed partial class CalpadsPageTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_pathways_course_code_entered_on_the_page_clears_the_error_of_its_internships()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.LogApprovedHoursAsync(2m);
        var year = District.Today.Month >= 7 ? District.Today.Year : District.Today.Year - 1;
        async Task<List<string>> ProblemsAsync() => (await District.Coordinator.GetJsonAsync($"/api/state-reporting/calpads/wblr?year={year}"))["errors"]!
            .AsArray().Where(e => e!["placementId"]!.GetValue<int>() == scenario.PlacementId).Select(e => e!["problem"]!.GetValue<string>()).ToList();
        Assert.That(await ProblemsAsync(), Does.Contain("MissingStateCourseCode"));

        var email = $"coordinator-{District.Next()}@tests.local";
        await District.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role = "Coordinator" }, HttpStatusCode.Created);
        var browser = PageBrowser.Open(TestHost.Factory);
        await PageBrowser.SignInAsync(browser, email, District.Password);
        var page = await browser.GetStringAsync($"/coordinator/calpads?year={year}");
        Assert.That(page, Does.Contain("Save the pathway&#x27;s course code").Or.Contain("Save the pathway's course code"));
        var token = Token().Match(page).Groups["token"].Value;

        async Task<HttpResponseMessage> PostAsync(string code) => await browser.PostAsync(
            $"/coordinator/calpads?handler=PathwayCourse&pathwayId={scenario.PathwayId}&year={year}",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Course"] = "Capstone", ["Input.StateCourseCode"] = code, ["__RequestVerificationToken"] = token,
            }));

        var refused = await PostAsync("77");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page again, with the message");
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("is four digits"));

        Assert.That((await PostAsync("7703")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var courses = await District.Coordinator.ExpectAsync<List<System.Text.Json.Nodes.JsonObject>>(
            District.Coordinator.GetAsync($"/api/state-reporting/pathways/{scenario.PathwayId}/courses"));
        Assert.That(courses.Select(c => (c["course"]!.GetValue<string>(), c["stateCourseCode"]!.GetValue<string>())), Is.EqualTo(new[] { ("Capstone", "7703") }));
        Assert.That(await ProblemsAsync(), Does.Not.Contain("MissingStateCourseCode"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
