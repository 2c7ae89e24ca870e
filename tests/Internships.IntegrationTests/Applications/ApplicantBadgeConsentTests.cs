using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Applications;

/// <summary>
/// A student who ticks the consent when applying lets the posting's employer see the badges they hold, each with its
/// verification link; without the consent the employer sees none; another employer may not know the application exists.
/// </summary>
public sealed class ApplicantBadgeConsentTests
{
    private static District District => TestHost.District;

    private static async Task<(Scenario World, StudentActor Student, string BadgeName)> StudentWithBadgeAsync()
    {
        var world = await Scenario.CreateAsync(District);
        var student = await world.CreateEligibleStudentAsync(District);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Ran the school's recycling drive." }, HttpStatusCode.Created);
        return (world, student, badge["name"]!.GetValue<string>());
    }

    private static async Task<HttpClient> SignedInAsync(ApiClient api)
    {
        var browser = PageBrowser.Open(District.Factory);
        var email = (await api.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        await (await PageBrowser.SignInAsync(browser, email, District.Password)).ShouldHaveStatusAsync(HttpStatusCode.Redirect);
        return browser;
    }

    [Test]
    public async Task With_consent_the_postings_employer_sees_the_applicants_badges_with_a_verify_link()
    {
        var (world, student, badgeName) = await StudentWithBadgeAsync();
        var applicationId = District.Id(await student.Client!.PostJsonAsync($"/api/postings/{world.PostingId}/applications",
            new { statement = "I would love to learn from your team.", shareBadges = true }, HttpStatusCode.Created));

        var shared = await world.Employer.Client.GetJsonAsync($"/api/applications/{applicationId}/badges");

        Assert.That(shared["shared"]!.GetValue<bool>(), Is.True);
        var badge = shared["badges"]!.AsArray().Single()!;
        Assert.That(badge["badgeName"]!.GetValue<string>(), Is.EqualTo(badgeName));
        var verify = badge["verifyUrl"]!.GetValue<string>();
        Assert.That(verify, Does.Contain($"/badges/{badge["awardId"]!.GetValue<Guid>()}"));
        await (await District.Anonymous.GetAsync(new Uri(verify).PathAndQuery)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var page = await (await SignedInAsync(world.Employer.Client)).GetStringAsync($"/employer/postings/{world.PostingId}/applicants");
        Assert.That(page, Does.Contain(badgeName).And.Contain(new Uri(verify).PathAndQuery));

        var other = await District.CreateEmployerWithAdminAsync();
        await (await other.Client.GetAsync($"/api/applications/{applicationId}/badges")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Without_consent_the_employer_sees_no_badges()
    {
        var (world, student, badgeName) = await StudentWithBadgeAsync();
        var applicationId = await District.ApplyAsync(student, world.PostingId);

        var shared = await world.Employer.Client.GetJsonAsync($"/api/applications/{applicationId}/badges");

        Assert.That(shared["shared"]!.GetValue<bool>(), Is.False);
        Assert.That(shared["badges"]!.AsArray(), Is.Empty);
        var page = await (await SignedInAsync(world.Employer.Client)).GetStringAsync($"/employer/postings/{world.PostingId}/applicants");
        Assert.That(page, Does.Not.Contain(badgeName));
    }

    [Test]
    public async Task On_the_applicants_page_each_applicant_shows_only_the_badges_they_agreed_to_share()
    {
        var (world, sharing, sharedBadge) = await StudentWithBadgeAsync();
        await ApplyAsync(sharing, shareBadges: true);
        var keepsPrivate = await world.CreateEligibleStudentAsync(District);
        var privateBadge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(privateBadge)}/awards",
            new { studentId = keepsPrivate.StudentId, narrative = "Tutored ninth graders." }, HttpStatusCode.Created);
        await ApplyAsync(keepsPrivate, shareBadges: false);

        var page = await (await SignedInAsync(world.Employer.Client)).GetStringAsync($"/employer/postings/{world.PostingId}/applicants");

        Assert.That(page, Does.Contain(sharedBadge), "the consenting applicant's badge, read with the others in one query");
        Assert.That(page, Does.Not.Contain(privateBadge["name"]!.GetValue<string>()), "the other applicant did not agree to share");

        async Task ApplyAsync(StudentActor student, bool shareBadges) =>
            await student.Client!.PostJsonAsync($"/api/postings/{world.PostingId}/applications",
                new { statement = "I would love to learn from your team.", shareBadges }, HttpStatusCode.Created);
    }
}
