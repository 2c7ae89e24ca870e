using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Internships.IntegrationTests.Badges;

/// <summary>What a stranger can check about an award, with no account and none of our code: documents, keys, images, page.</summary>
public sealed class OpenBadgesVerificationTests
{
    private static District District => TestHost.District;

    private static async Task<(JsonObject Award, StudentActor Student, JsonObject Badge)> AwardAsync(bool expires = false)
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Capacity", validityMonths: expires ? 12 : null));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId, narrative = "Led the school garden redesign with the land-based learning centre." }, HttpStatusCode.Created);
        return (award, student, badge);
    }

    [Test]
    public async Task Hosted_assertion_badge_class_and_issuer_are_public_json_ld()
    {
        var (award, student, badge) = await AwardAsync();
        var anonymous = District.Anonymous;

        var assertionResponse = await anonymous.GetAsync((string)award["links"]!["assertion"]!);
        await assertionResponse.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(assertionResponse.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/ld+json"));
        var assertion = JsonNode.Parse(await assertionResponse.Content.ReadAsStringAsync())!.AsObject();
        Assert.That(assertion["@context"]!.GetValue<string>(), Is.EqualTo("https://w3id.org/openbadges/v2"));
        Assert.That(assertion["type"]!.GetValue<string>(), Is.EqualTo("Assertion"));
        Assert.That(assertion["id"]!.GetValue<string>(), Is.EqualTo((string)award["links"]!["assertion"]!));
        Assert.That(assertion["verification"]!["type"]!.GetValue<string>(), Is.EqualTo("hosted"));
        var recipient = assertion["recipient"]!;
        var email = (await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>().ToLowerInvariant();
        var expected = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email + recipient["salt"]!.GetValue<string>())));
        Assert.That(recipient["hashed"]!.GetValue<bool>(), Is.True);
        Assert.That(recipient["identity"]!.GetValue<string>(), Is.EqualTo(expected));
        Assert.That(assertion.ToJsonString(), Does.Not.Contain(email).And.Not.Contain("Student"), "no e-mail address or name in public documents");

        var badgeClass = await anonymous.ExpectAsync<JsonObject>(anonymous.Http.GetAsync(assertion["badge"]!.GetValue<string>()));
        Assert.That(badgeClass["type"]!.GetValue<string>(), Is.EqualTo("BadgeClass"));
        Assert.That(badgeClass["name"]!.GetValue<string>(), Is.EqualTo(badge["name"]!.GetValue<string>()));
        Assert.That(badgeClass["criteria"]!["narrative"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(badgeClass["alignment"]![0]!["targetName"]!.GetValue<string>(), Is.EqualTo("Career readiness: professionalism"));
        var issuer = await anonymous.ExpectAsync<JsonObject>(anonymous.Http.GetAsync(badgeClass["issuer"]!.GetValue<string>()));
        Assert.That(issuer["type"]!.GetValue<string>(), Is.EqualTo("Issuer"));

        var asJson = new HttpRequestMessage(HttpMethod.Get, "/ob/v2/issuer");
        asJson.Headers.Accept.ParseAdd("application/json");
        var jsonResponse = await anonymous.Http.SendAsync(asJson);
        Assert.That(jsonResponse.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task The_credential_verifies_with_only_the_published_keys_and_not_after_tampering()
    {
        var (award, _, _) = await AwardAsync(expires: true);
        var anonymous = District.Anonymous;

        var jwtResponse = await anonymous.GetAsync((string)award["links"]!["credential"]!);
        await jwtResponse.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(jwtResponse.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/plain"));
        var jwt = await jwtResponse.Content.ReadAsStringAsync();
        var keys = new JsonWebKeySet(await anonymous.Http.GetStringAsync("/.well-known/jwks.json"));
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateAudience = false,
            ValidIssuer = District.Factory.Services.GetRequiredService<Internships.Application.Common.Interfaces.IOpenBadges>().IssuerProfile()["id"]!.GetValue<string>(),
        };

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, parameters);
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.That(token.Alg, Is.EqualTo("RS256"));
        Assert.That(keys.Keys.Select(k => k.Kid), Does.Contain(token.Kid));
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1])))!.AsObject();
        Assert.That(payload["type"]!.AsArray().Select(t => t!.GetValue<string>()), Does.Contain("OpenBadgeCredential"));
        Assert.That(payload["credentialSubject"]!["achievement"]!["achievementType"]!.GetValue<string>(), Is.EqualTo("ext:Capacity"));
        Assert.That(payload["exp"], Is.Not.Null, "the badge expires, so the token does");

        var parts = jwt.Split('.');
        payload["credentialSubject"]!["achievement"]!["name"] = "Something grander";
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
        Assert.That((await new JsonWebTokenHandler().ValidateTokenAsync(tampered, parameters)).IsValid, Is.False);
    }

    [Test]
    public async Task Baked_images_carry_the_assertion_and_the_credential()
    {
        var (award, _, _) = await AwardAsync();
        var anonymous = District.Anonymous.Http;

        var v2 = await anonymous.GetByteArrayAsync((string)award["links"]!["assertionImage"]!);
        var baked = PngChunks.InternationalText(v2, "openbadges");
        Assert.That(baked, Has.Count.EqualTo(1));
        Assert.That(JsonNode.Parse(baked[0])!["id"]!.GetValue<string>(), Is.EqualTo((string)award["links"]!["assertion"]!));

        var v3 = await anonymous.GetByteArrayAsync((string)award["links"]!["credentialImage"]!);
        var credential = PngChunks.InternationalText(v3, "openbadgecredential");
        Assert.That(credential, Has.Count.EqualTo(1));
        Assert.That(credential[0], Is.EqualTo(await anonymous.GetStringAsync((string)award["links"]!["credential"]!)));
    }

    [Test]
    public async Task Revocation_shows_in_the_assertion_and_in_the_status_list()
    {
        var (award, _, _) = await AwardAsync();
        var openBadges = District.Factory.Services.GetRequiredService<Internships.Application.Common.Interfaces.IOpenBadges>();
        await District.Coordinator.PostJsonAsync($"/api/awards/{award["id"]}/revoke", new { reason = "The project was not completed." });

        var response = await District.Anonymous.GetAsync((string)award["links"]!["assertion"]!);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        var revoked = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(revoked["revoked"]!.GetValue<bool>(), Is.True);
        Assert.That(revoked.AsObject().ContainsKey("revocationReason"), Is.False, "the reason is not public");
        Assert.That(await District.Anonymous.Http.GetStringAsync((string)award["links"]!["verificationPage"]!),
            Does.Contain("revoked").And.Not.Contain("The project was not completed."));
        Assert.That((await District.Anonymous.GetAsync((string)award["links"]!["assertionImage"]!)).StatusCode, Is.EqualTo(HttpStatusCode.Gone));

        var jwt = await District.Anonymous.Http.GetStringAsync((string)award["links"]!["credential"]!);
        var status = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1])))!["credentialStatus"]!;
        var listUrl = status["statusListCredential"]!.GetValue<string>();
        var index = int.Parse(status["statusListIndex"]!.GetValue<string>());
        var listJwt = await District.Anonymous.Http.GetStringAsync(listUrl);
        var list = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(listJwt.Split('.')[1])))!;
        var bits = StatusListBits(list["credentialSubject"]!["encodedList"]!.GetValue<string>());
        Assert.That(IsSet(bits, index), Is.True, "the revoked award's bit is set");
        Assert.That(IsSet(bits, index == 0 ? 1 : index - 1), Is.False);
        Assert.That(openBadges, Is.Not.Null);
    }

    [Test]
    public async Task The_public_page_shows_the_badge_hides_the_name_by_default_and_offers_sharing()
    {
        var (award, student, badge) = await AwardAsync();
        var page = (string)award["links"]!["verificationPage"]!;
        var record = await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}");
        var lastName = record["lastName"]!.GetValue<string>();

        var html = await District.Anonymous.Http.GetStringAsync(page);
        Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode(badge["name"]!.GetValue<string>())));
        Assert.That(html, Does.Contain("name not shown").And.Not.Contain(lastName));
        Assert.That(html, Does.Contain("Valid"));
        Assert.That(html, Does.Contain("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"));
        Assert.That(html, Does.Contain("certUrl=" + Uri.EscapeDataString(page)).And.Contain("certId=" + award["id"]));
        Assert.That(html, Does.Contain((string)award["links"]!["assertionImage"]!).And.Contain((string)award["links"]!["credentialImage"]!));

        await student.Client!.PutJsonAsync($"/api/me/badges/{award["id"]}/visibility", new { showName = true });
        var named = await District.Anonymous.Http.GetStringAsync(page);
        Assert.That(named, Does.Contain(lastName));
    }

    [Test]
    public async Task Unknown_awards_are_404_on_every_public_url()
    {
        var id = Guid.NewGuid();
        foreach (var url in new[] { $"/ob/v2/assertions/{id}", $"/ob/v3/credentials/{id}", $"/ob/v2/badges/{id}", $"/badges/{id}" })
        {
            Assert.That((await District.Anonymous.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), url);
        }
    }

    private static byte[] StatusListBits(string encodedList)
    {
        Assert.That(encodedList[0], Is.EqualTo('u'), "multibase base64url");
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(Base64UrlEncoder.DecodeBytes(encodedList[1..])), System.IO.Compression.CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        return bits.ToArray();
    }

    /// <summary>Bit 0 is the most significant bit of the first byte (W3C Bitstring Status List).</summary>
    private static bool IsSet(byte[] bits, int index) => (bits[index / 8] & (0x80 >> (index % 8))) != 0;
}
