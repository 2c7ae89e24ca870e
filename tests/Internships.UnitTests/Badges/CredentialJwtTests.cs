using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Internships.Domain.Badges;
using Jose;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Shouldly;
using Base64Url = System.Buffers.Text.Base64Url;

namespace Internships.UnitTests.Badges;

/// <summary>The OB 3.0 credential as a VC-JWT: verifiable by strangers with only the JWKS, and the payload is the credential.</summary>
public sealed class CredentialJwtTests
{
    private TestIssuer _issuer = null!;

    [OneTimeSetUp]
    public void CreateIssuer() => _issuer = new TestIssuer();

    [OneTimeTearDown]
    public void RemoveIssuer() => _issuer.Dispose();

    [Test]
    public async Task Credential_verifies_with_only_the_published_jwks_in_two_independent_libraries()
    {
        var jwt = _issuer.OpenBadges.CredentialJwt(BadgeKit.Award(BadgeKit.Badge()), BadgeKit.Badge());
        var jwks = _issuer.OpenBadges.Jwks().ToJsonString();

        (await MicrosoftVerify(jwt, jwks)).IsValid.ShouldBeTrue();
        JoseVerify(jwt, jwks).ShouldBeTrue();
    }

    [Test]
    public async Task Credential_fails_verification_against_another_issuers_keys()
    {
        using var stranger = new TestIssuer();
        var jwt = _issuer.OpenBadges.CredentialJwt(BadgeKit.Award(BadgeKit.Badge()), BadgeKit.Badge());
        var strangerJwks = stranger.OpenBadges.Jwks().ToJsonString();

        (await MicrosoftVerify(jwt, strangerJwks)).IsValid.ShouldBeFalse();
        JoseVerify(jwt, strangerJwks).ShouldBeFalse();
    }

    [Test]
    public async Task A_changed_payload_no_longer_verifies()
    {
        var badge = BadgeKit.Badge();
        var jwt = _issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge), badge);
        var payload = BadgeKit.Payload(jwt);
        payload["credentialSubject"]!["achievement"]!["name"] = "Chief Engineer";
        var parts = jwt.Split('.');
        var tampered = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";
        var jwks = _issuer.OpenBadges.Jwks().ToJsonString();

        (await MicrosoftVerify(tampered, jwks)).IsValid.ShouldBeFalse();
        JoseVerify(tampered, jwks).ShouldBeFalse();
    }

    [Test]
    public async Task A_changed_signature_no_longer_verifies()
    {
        var badge = BadgeKit.Badge();
        var jwt = _issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge), badge);
        var parts = jwt.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[signature.Length / 2] ^= 0x01;
        var tampered = $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(signature)}";
        var jwks = _issuer.OpenBadges.Jwks().ToJsonString();

        (await MicrosoftVerify(tampered, jwks)).IsValid.ShouldBeFalse();
        JoseVerify(tampered, jwks).ShouldBeFalse();
    }

    [Test]
    public async Task After_rotation_old_credentials_still_verify_and_new_ones_carry_the_new_kid()
    {
        using var issuer = new TestIssuer();
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge);
        var before = issuer.OpenBadges.CredentialJwt(award, badge);
        var oldKid = issuer.Keys.Current.KeyId;

        var newKey = issuer.Keys.Rotate();
        var after = issuer.OpenBadges.CredentialJwt(award, badge);
        var jwks = issuer.OpenBadges.Jwks().ToJsonString();

        newKey.KeyId.ShouldNotBe(oldKid);
        BadgeKit.Text(BadgeKit.Header(before)["kid"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v3/keys/{oldKid}");
        BadgeKit.Text(BadgeKit.Header(after)["kid"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v3/keys/{newKey.KeyId}");
        (await MicrosoftVerify(before, jwks)).IsValid.ShouldBeTrue();
        (await MicrosoftVerify(after, jwks)).IsValid.ShouldBeTrue();
        JoseVerify(before, jwks).ShouldBeTrue();
        JoseVerify(after, jwks).ShouldBeTrue();
    }

    [Test]
    public void Header_is_rs256_jwt_with_the_current_kid_and_nothing_else()
    {
        var badge = BadgeKit.Badge();
        var header = BadgeKit.Header(_issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge), badge));

        header.Select(p => p.Key).Order().ShouldBe(["alg", "kid", "typ"]);
        BadgeKit.Text(header["alg"]).ShouldBe("RS256");
        BadgeKit.Text(header["typ"]).ShouldBe("JWT");
        BadgeKit.Text(header["kid"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v3/keys/{_issuer.Keys.Current.KeyId}");
    }

    [Test]
    public void The_kid_resolves_to_exactly_the_public_key_that_signed()
    {
        var badge = BadgeKit.Badge();
        var kid = BadgeKit.Text(BadgeKit.Header(_issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge), badge))["kid"]);
        var thumbprint = kid[(kid.LastIndexOf('/') + 1)..];

        var key = _issuer.OpenBadges.PublicKey(thumbprint)!;

        BadgeKit.Text(key["kid"]).ShouldBe(kid);
        key.ContainsKey("d").ShouldBeFalse();
        _issuer.OpenBadges.PublicKey("no-such-key").ShouldBeNull();
    }

    [Test]
    public void Payload_is_the_open_badge_credential()
    {
        var badge = BadgeKit.Badge(alignments: [BadgeKit.DraftingStandard]);
        var award = BadgeKit.Award(badge, id: 42);
        var jwt = _issuer.OpenBadges.CredentialJwt(award, badge);
        var credential = BadgeKit.Payload(jwt);
        TestContext.Out.WriteLine(credential.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        credential["@context"]!.AsArray().Select(BadgeKit.Text).ShouldBe(
            ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
        var id = $"{BadgeKit.BaseUrl}/ob/v3/credentials/{award.PublicId}";
        BadgeKit.Text(credential["id"]).ShouldBe(id);
        credential["type"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["VerifiableCredential", "OpenBadgeCredential"]);
        BadgeKit.Text(credential["validFrom"]).ShouldBe("2026-06-12T17:30:15Z");
        credential.ContainsKey("validUntil").ShouldBeFalse();
        BadgeKit.Text(credential["name"]).ShouldBe(badge.Name);

        var issuer = credential["issuer"]!.AsObject();
        BadgeKit.Text(issuer["id"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v2/issuer");
        issuer["type"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["Profile"]);
        BadgeKit.Text(issuer["name"]).ShouldBe(BadgeKit.IssuerName);
        BadgeKit.Text(issuer["url"]).ShouldBe("https://www.valley.example");
        BadgeKit.Text(issuer["email"]).ShouldBe("internships@valley.example");

        var subject = credential["credentialSubject"]!.AsObject();
        subject["type"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["AchievementSubject"]);
        var identifier = subject["identifier"]!.AsArray().Single()!.AsObject();
        BadgeKit.Text(identifier["type"]).ShouldBe("IdentityObject");
        BadgeKit.Text(identifier["identityType"]).ShouldBe("emailAddress");
        identifier["hashed"]!.GetValue<bool>().ShouldBeTrue();
        var salt = BadgeKit.Text(identifier["salt"]);
        salt.ShouldBe(award.Salt);
        // Recomputed here from the address as entered: trimmed and lower-cased, then salted.
        var expectedHash = "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ana.diaz@students.example" + salt)));
        BadgeKit.Text(identifier["identityHash"]).ShouldBe(expectedHash);

        var achievement = subject["achievement"]!.AsObject();
        BadgeKit.Text(achievement["id"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v2/badges/{badge.PublicId}");
        achievement["type"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["Achievement"]);
        BadgeKit.Text(achievement["achievementType"]).ShouldBe("Badge");
        BadgeKit.Text(achievement["name"]).ShouldBe(badge.Name);
        BadgeKit.Text(achievement["description"]).ShouldBe(badge.Description);
        BadgeKit.Text(achievement["criteria"]!["narrative"]).ShouldBe(badge.Criteria);
        BadgeKit.Text(achievement["image"]!["id"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v2/badges/{badge.PublicId}/image");
        BadgeKit.Text(achievement["image"]!["type"]).ShouldBe("Image");
        achievement["tag"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["Surveying", "CAD drafting"]);
        var alignment = achievement["alignment"]!.AsArray().Single()!.AsObject();
        alignment["type"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["Alignment"]);
        BadgeKit.Text(alignment["targetName"]).ShouldBe("Technical drafting");
        BadgeKit.Text(alignment["targetUrl"]).ShouldBe("https://standards.example/cte/eng/3.2");
        BadgeKit.Text(alignment["targetDescription"]).ShouldBe("Produces drawings to standard");
        BadgeKit.Text(alignment["targetFramework"]).ShouldBe("California CTE Model Curriculum Standards");
        BadgeKit.Text(alignment["targetCode"]).ShouldBe("ENG-3.2");

        var evidence = credential["evidence"]!.AsArray().Select(e => e!.AsObject()).ToList();
        evidence.Count.ShouldBe(3);
        evidence.ShouldAllBe(e => e["type"]!.AsArray().Single()!.GetValue<string>() == "Evidence");
        BadgeKit.Text(evidence[0]["name"]).ShouldBe("Internship at City of Fresno Public Works");
        BadgeKit.Text(evidence[0]["narrative"]).ShouldBe("120 hours, June to August 2026.");
        evidence[0].ContainsKey("id").ShouldBeFalse();
        BadgeKit.Text(evidence[2]["id"]).ShouldBe("https://portfolio.example/elm-bridge.pdf");
        BadgeKit.Text(evidence[2]["description"]).ShouldBe("Report on the Elm Street bridge, with drawings.");

        var status = credential["credentialStatus"]!.AsObject();
        BadgeKit.Text(status["type"]).ShouldBe("BitstringStatusListEntry");
        BadgeKit.Text(status["statusPurpose"]).ShouldBe("revocation");
        BadgeKit.Text(status["statusListIndex"]).ShouldBe("41");
        BadgeKit.Text(status["statusListCredential"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v3/status/1");
        BadgeKit.Text(status["id"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v3/status/1#41");

        BadgeKit.Text(credential["iss"]).ShouldBe(BadgeKit.Text(issuer["id"]));
        BadgeKit.Text(credential["jti"]).ShouldBe(id);
        var subjectId = BadgeKit.Text(credential["credentialSubject"]!["id"]);
        subjectId.ShouldStartWith("urn:uuid:");
        BadgeKit.Text(credential["sub"]).ShouldBe(subjectId, "sub names the credential's subject");
        subjectId.ShouldNotContain(expectedHash[7..]);
        credential["nbf"]!.GetValue<long>().ShouldBe(new DateTimeOffset(2026, 6, 12, 17, 30, 15, TimeSpan.Zero).ToUnixTimeSeconds());
        credential.ContainsKey("exp").ShouldBeFalse();
    }

    [Test]
    public void Payload_segment_is_the_serialised_credential_byte_for_byte()
    {
        // The signing library must not re-map claims: nested objects, arrays and non-ASCII text arrive as written.
        var badge = BadgeKit.Badge(name: "Técnico de Topografía — Nivel 2");
        var jwt = _issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge), badge);
        var payloadText = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(jwt.Split('.')[1]));

        payloadText.ShouldContain("\"name\":\"Técnico de Topografía — Nivel 2\"");
        payloadText.ShouldStartWith("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"");
        JsonNode.Parse(payloadText)!["credentialSubject"]!["achievement"]!["alignment"].ShouldBeOfType<JsonArray>();
    }

    [Test]
    public void Expiring_badge_sets_validUntil_and_exp_to_the_same_instant()
    {
        var badge = BadgeKit.Badge(validityMonths: 24);
        var credential = BadgeKit.Payload(_issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge), badge));

        BadgeKit.Text(credential["validUntil"]).ShouldBe("2028-06-12T17:30:15Z");
        credential["exp"]!.GetValue<long>().ShouldBe(new DateTimeOffset(2028, 6, 12, 17, 30, 15, TimeSpan.Zero).ToUnixTimeSeconds());
    }

    [TestCase(BadgeKind.Completion, "Badge")]
    [TestCase(BadgeKind.Competency, "Competency")]
    [TestCase(BadgeKind.Capacity, "ext:Capacity")]
    public void Achievement_type_follows_the_kind(BadgeKind kind, string achievementType)
    {
        var badge = BadgeKit.Badge(kind);
        var credential = BadgeKit.Payload(_issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge), badge));

        BadgeKit.Text(credential["credentialSubject"]!["achievement"]!["achievementType"]).ShouldBe(achievementType);
    }

    [TestCase(1, "1", "0")]
    [TestCase(131_072, "1", "131071")]
    [TestCase(131_073, "2", "0")]
    public void Credential_status_points_at_the_awards_list_and_bit(int awardId, string list, string index)
    {
        var badge = BadgeKit.Badge();
        var credential = BadgeKit.Payload(_issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge, id: awardId), badge));

        BadgeKit.Text(credential["credentialStatus"]!["statusListCredential"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v3/status/{list}");
        BadgeKit.Text(credential["credentialStatus"]!["statusListIndex"]).ShouldBe(index);
    }

    [Test]
    public void Recipient_is_named_only_when_they_chose_to_be()
    {
        var badge = BadgeKit.Badge();
        var hidden = BadgeKit.Payload(_issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge, showName: false), badge));
        var shown = BadgeKit.Payload(_issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge, showName: true), badge));

        hidden.ToJsonString().ShouldNotContain("Diaz");
        var named = shown["credentialSubject"]!["identifier"]!.AsArray().Select(i => i!.AsObject())
            .Single(i => BadgeKit.Text(i["identityType"]) == "name");
        BadgeKit.Text(named["identityHash"]).ShouldBe(BadgeKit.RecipientName);
        named["hashed"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Test]
    public void An_unsaved_award_has_no_status_position_and_so_no_credential()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge, id: 0);

        Should.Throw<InvalidOperationException>(() => _issuer.OpenBadges.CredentialJwt(award, badge));
    }

    [Test]
    public void Signing_from_many_threads_gives_valid_tokens()
    {
        var badge = BadgeKit.Badge();
        var jwks = _issuer.OpenBadges.Jwks().ToJsonString();
        var tokens = Enumerable.Range(1, 16).AsParallel()
            .Select(id => _issuer.OpenBadges.CredentialJwt(BadgeKit.Award(badge, id: id), badge)).ToList();

        tokens.ShouldAllBe(t => JoseVerify(t, jwks));
    }

    internal static Task<TokenValidationResult> MicrosoftVerify(string jwt, string jwksJson) =>
        new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = new JsonWebKeySet(jwksJson).GetSigningKeys(),
            ValidIssuer = $"{BadgeKit.BaseUrl}/ob/v2/issuer",
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });

    /// <summary>jose-jwt: pick the key by the header's kid from the JWKS, then check the RS256 signature.</summary>
    internal static bool JoseVerify(string jwt, string jwksJson)
    {
        var keys = JwkSet.FromJson(jwksJson, JWT.DefaultSettings.JsonMapper);
        var kid = JWT.Headers(jwt)["kid"] as string;
        var key = keys.Keys.SingleOrDefault(k => k.KeyId == kid);
        if (key is null)
        {
            return false;
        }

        try
        {
            JWT.Decode(jwt, key, JwsAlgorithm.RS256);
            return true;
        }
        catch (IntegrityException)
        {
            return false;
        }
    }

    [Test]
    public void The_credential_signed_at_issuance_is_the_one_handed_out_and_is_never_replaced()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge);
        var signed = _issuer.OpenBadges.SignCredential(award, badge);
        award.RecordIssuedCredential(signed);

        award.AddArtefact("Demo video", "https://videos.example/demo", "Added by the student later.");
        _issuer.OpenBadges.CredentialJwt(award, badge).ShouldBe(signed, "what the district signed is fixed at issuance");
        _issuer.OpenBadges.SignCredential(award, badge).ShouldNotBe(signed, "signing now would include the artefact");
        Should.Throw<Internships.Domain.Common.DomainRuleException>(() => award.RecordIssuedCredential(signed));
    }
}
