using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// The OB 3.0 credential of a badge designed with an employer carries the employer's endorsement of the achievement: an
/// EndorsementCredential signed by the district on the employer's behalf, which a stranger verifies with the published
/// keys alone. A badge nobody co-designed carries none.
/// </summary>
public sealed class CoDesignedBadgeCredentialTests
{
    private static District District => TestHost.District;

    private static async Task<JsonObject> AwardedCredentialAsync(int badgeId)
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{badgeId}/awards",
            new { studentId = student.StudentId, narrative = "Programmed a water-level monitor for the parks crew." }, HttpStatusCode.Created);
        var jwt = await District.Anonymous.Http.GetStringAsync((string)award["links"]!["credential"]!);
        var result = await ValidateAsync(jwt);
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        return Payload(jwt);
    }

    private static async Task<TokenValidationResult> ValidateAsync(string jwt)
    {
        var keys = new JsonWebKeySet(await District.Anonymous.Http.GetStringAsync("/.well-known/jwks.json"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateAudience = false,
            RequireExpirationTime = false,
            ValidIssuer = District.Factory.Services.GetRequiredService<Internships.Application.Common.Interfaces.IOpenBadges>().IssuerProfile()["id"]!.GetValue<string>(),
        });
    }

    private static JsonObject Payload(string jwt) => JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1])))!.AsObject();

    [Test]
    public async Task An_award_of_an_approved_employer_proposal_carries_the_employers_endorsement_verifiable_with_the_published_keys()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var employerName = (await employer.Client.GetJsonAsync($"/api/employers/{employer.EmployerId}"))["name"]!.GetValue<string>();
        var proposal = await employer.Client.PostJsonAsync("/api/badge-proposals", new
        {
            name = $"Arduino Programming {District.Next()}", description = "Programs a sensor circuit.", criteria = "Builds a working monitor.",
            tasks = new[] { "Writes a sketch" }, skill = "Arduino programming",
        }, HttpStatusCode.Created);
        var approved = await District.Coordinator.PostJsonAsync($"/api/badge-proposals/{District.Id(proposal)}/approve");

        var credential = await AwardedCredentialAsync(approved["badgeClassId"]!.GetValue<int>());

        var achievement = credential["credentialSubject"]!["achievement"]!;
        var endorsements = achievement["endorsementJwt"]!.AsArray();
        Assert.That(endorsements, Has.Count.EqualTo(1));
        var endorsementJwt = endorsements[0]!.GetValue<string>();
        var verified = await ValidateAsync(endorsementJwt);
        Assert.That(verified.IsValid, Is.True, verified.Exception?.Message);
        var endorsement = Payload(endorsementJwt);
        Assert.That(endorsement["type"]!.AsArray().Select(t => t!.GetValue<string>()), Is.EqualTo(new[] { "VerifiableCredential", "EndorsementCredential" }));
        Assert.That(endorsement["credentialSubject"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()), Is.EqualTo(new[] { "EndorsementSubject" }));
        Assert.That(endorsement["credentialSubject"]!["id"]!.GetValue<string>(), Is.EqualTo(achievement["id"]!.GetValue<string>()));
        Assert.That(endorsement["credentialSubject"]!["endorsementComment"]!.GetValue<string>(), Does.Contain(employerName).And.Contain("on"));
        Assert.That(endorsement["issuer"]!["id"]!.GetValue<string>(), Is.EqualTo(credential["issuer"]!["id"]!.GetValue<string>()),
            "the district issues it, on the employer's behalf");

        var parts = endorsementJwt.Split('.');
        endorsement["credentialSubject"]!["endorsementComment"] = "Endorsed by someone grander.";
        Assert.That((await ValidateAsync($"{parts[0]}.{Base64UrlEncoder.Encode(endorsement.ToJsonString())}.{parts[2]}")).IsValid, Is.False);
    }

    [Test]
    public async Task A_badge_nobody_co_designed_carries_no_endorsement()
    {
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));

        var credential = await AwardedCredentialAsync(District.Id(badge));

        Assert.That(credential["credentialSubject"]!["achievement"]!.AsObject().ContainsKey("endorsementJwt"), Is.False);
    }
}
