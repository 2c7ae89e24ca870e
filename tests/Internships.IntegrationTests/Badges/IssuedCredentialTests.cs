using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// What the district signs is fixed at issuance and kept: the VC-JWT served for an award is the one signed in the
/// award's transaction, whatever the student adds later; status lists are signed again only when their bits change;
/// lists past the last award's are not there.
/// </summary>
public sealed class IssuedCredentialTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_credential_is_signed_once_when_the_badge_is_awarded_and_does_not_change_afterwards()
    {
        // An adult: a minor's evidence details are not published by default (MinorsPrivacyTests).
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], grade: 12, age: 18);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Wired and programmed the greenhouse sensors." }, HttpStatusCode.Created);
        var id = Guid.Parse(award["id"]!.GetValue<string>());
        var credentialUrl = (string)award["links"]!["credential"]!;

        var stored = await District.Factory.WithDbAsync(db => db.BadgeAwards.Where(a => a.PublicId == id).Select(a => a.IssuedCredential).SingleAsync());
        Assert.That(stored, Is.Not.Null.And.Not.Empty, "signed in the award's own transaction");
        var served = await District.Anonymous.Http.GetStringAsync(credentialUrl);
        Assert.That(served, Is.EqualTo(stored));

        await student.Client!.PostJsonAsync($"/api/me/badges/{id}/artefacts",
            new { name = "Sensor dashboard", url = "https://portfolio.example/greenhouse", description = "My own write-up." });
        await student.Client.PutJsonAsync($"/api/me/badges/{id}/visibility", new { showName = true });

        Assert.That(await District.Anonymous.Http.GetStringAsync(credentialUrl), Is.EqualTo(stored), "the signed credential is as issued");
        var baked = PngChunks.InternationalText(await District.Anonymous.Http.GetByteArrayAsync((string)award["links"]!["credentialImage"]!), "openbadgecredential");
        Assert.That(baked, Is.EqualTo(new[] { stored }), "the baked image carries the same credential");
        var hosted = JsonNode.Parse(await District.Anonymous.Http.GetStringAsync((string)award["links"]!["assertion"]!))!;
        Assert.That(hosted["evidence"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()), Does.Contain("https://portfolio.example/greenhouse"),
            "the student's artefact is shown beside the credential, in the unsigned hosted assertion");
    }

    [Test]
    public async Task A_status_list_is_served_as_signed_until_an_award_in_it_is_revoked()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId },
            HttpStatusCode.Created);
        var status = Payload(await District.Anonymous.Http.GetStringAsync((string)award["links"]!["credential"]!))["credentialStatus"]!;
        var listUrl = status["statusListCredential"]!.GetValue<string>();

        var before = await District.Anonymous.Http.GetStringAsync(listUrl);
        Assert.That(await District.Anonymous.Http.GetStringAsync(listUrl), Is.EqualTo(before), "nothing changed: the same signed list");

        await District.Coordinator.PostJsonAsync($"/api/awards/{award["id"]}/revoke", new { reason = "Awarded to the wrong student." });
        var after = await District.Anonymous.Http.GetStringAsync(listUrl);
        Assert.That(after, Is.Not.EqualTo(before), "a revocation in the list signs it again");
    }

    [Test]
    public async Task Status_lists_past_those_in_use_are_not_found()
    {
        await (await District.Anonymous.GetAsync("/ob/v3/status/1")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await District.Anonymous.GetAsync("/ob/v3/status/500")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await District.Anonymous.GetAsync("/ob/v3/status/0")).ShouldBeValidationProblemAsync("list");
    }

    private static JsonNode Payload(string jwt) =>
        JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(jwt.Split('.')[1]))!;
}
