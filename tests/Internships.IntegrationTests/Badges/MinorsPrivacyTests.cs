using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// A student under 18 publishes the least by default: the badge, the issuer, the date and the kinds of evidence. The
/// details (employer, supervisor's words, the student's tasks and work) show only when the student opts in and records a
/// guardian's consent; the choice is shown and reversible; the signed credential keeps what was published at issuance.
/// </summary>
public sealed class MinorsPrivacyTests
{
    private const string Narrative = "Rebuilt the greenhouse irrigation with the Fresno Water Lab team.";

    private static District District => TestHost.District;

    [Test]
    public async Task A_minors_public_badge_shows_only_the_kinds_of_evidence_until_they_opt_in_with_a_guardians_consent()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], age: 16);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = Narrative }, HttpStatusCode.Created);
        var id = award["id"]!.GetValue<string>();
        var links = award["links"]!;
        Assert.That(award["publication"]!["recipientIsMinor"]!.GetValue<bool>(), Is.True);
        Assert.That(award["publication"]!["detailsShown"]!.GetValue<bool>(), Is.False);

        var credential = await District.Anonymous.Http.GetStringAsync((string)links["credential"]!);
        await AssertPublicAsync(links, shows: false);
        Assert.That(Decode(credential), Does.Not.Contain("Fresno Water Lab"), "the signed credential publishes the least");

        var withoutConsent = await student.Client!.PutAsync($"/api/me/badges/{id}/publication", new { showDetails = true });
        await withoutConsent.ShouldBeValidationProblemAsync("guardianConsented");
        await (await student.Client.PutAsync($"/api/me/badges/{id}/publication", new { showDetails = true, guardianConsented = true }))
            .ShouldBeValidationProblemAsync("guardianName");
        await AssertPublicAsync(links, shows: false);

        var shown = await student.Client.PutJsonAsync($"/api/me/badges/{id}/publication",
            new { showDetails = true, guardianConsented = true, guardianName = "Rosa Diaz" });
        Assert.That(shown["publication"]!["detailsShown"]!.GetValue<bool>(), Is.True);
        Assert.That(shown["publication"]!["guardianConsentName"]!.GetValue<string>(), Is.EqualTo("Rosa Diaz"));
        Assert.That(shown["publication"]!["guardianConsentRecordedAt"], Is.Not.Null);
        await AssertPublicAsync(links, shows: true);
        Assert.That(await District.Anonymous.Http.GetStringAsync((string)links["credential"]!), Is.EqualTo(credential),
            "the credential stays as signed at issuance");

        var hidden = await student.Client.PutJsonAsync($"/api/me/badges/{id}/publication", new { showDetails = false });
        Assert.That(hidden["publication"]!["detailsShown"]!.GetValue<bool>(), Is.False);
        await AssertPublicAsync(links, shows: false);
    }

    [Test]
    public async Task An_adults_evidence_is_published_and_needs_no_consent()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], grade: 12, age: 18);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = Narrative }, HttpStatusCode.Created);

        Assert.That(award["publication"]!["recipientIsMinor"]!.GetValue<bool>(), Is.False);
        await AssertPublicAsync(award["links"]!, shows: true);
        Assert.That(Decode(await District.Anonymous.Http.GetStringAsync((string)award["links"]!["credential"]!)), Does.Contain("Fresno Water Lab"));
    }

    [Test]
    public async Task The_student_chooses_on_their_badges_page()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], age: 16);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = Narrative }, HttpStatusCode.Created);
        var email = (await student.Client!.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, email, District.Password);

        var page = await browser.GetStringAsync("/student/badges");
        Assert.That(page, Does.Contain("Because you are under 18").And.Contain("My parent or guardian agreed"));

        var handler = $"/student/badges?handler=Publication&awardId={award["id"]}";
        var refused = await PageBrowser.PostFormAsync(browser, handler, new() { ["showDetails"] = "true" });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the page again, with the error");
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("consent"));
        await AssertPublicAsync(award["links"]!, shows: false);

        var done = await PageBrowser.PostFormAsync(browser, handler,
            new() { ["showDetails"] = "true", ["guardianConsented"] = "true", ["guardianName"] = "Rosa Diaz" });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = await browser.GetStringAsync("/student/badges");
        Assert.That(after, Does.Contain("now shows the details").And.Contain("with the consent of Rosa Diaz"));
        await AssertPublicAsync(award["links"]!, shows: true);
    }

    private static async Task AssertPublicAsync(JsonNode links, bool shows)
    {
        var page = await District.Anonymous.Http.GetStringAsync((string)links["verificationPage"]!);
        var assertion = await District.Anonymous.Http.GetStringAsync((string)links["assertion"]!);
        if (shows)
        {
            Assert.That(page, Does.Contain("Fresno Water Lab"));
            Assert.That(assertion, Does.Contain("Fresno Water Lab"));
        }
        else
        {
            Assert.That(page, Does.Not.Contain("Fresno Water Lab").And.Contain("only the kinds of evidence are shown"));
            Assert.That(assertion, Does.Not.Contain("Fresno Water Lab").And.Contain("(not shown)"));
        }
    }

    private static string Decode(string jwt) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(jwt.Split('.')[1]);
}
