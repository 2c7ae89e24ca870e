using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Internships.Domain.Badges;
using Internships.Infrastructure.Badges;
using Shouldly;

namespace Internships.UnitTests.Badges;

/// <summary>The hosted Open Badges 2.0 documents: required fields, ids on the configured origin, and privacy.</summary>
public sealed class OpenBadgesV2DocumentTests
{
    private const string Context = "https://w3id.org/openbadges/v2";
    private TestIssuer _issuer = null!;

    [OneTimeSetUp]
    public void CreateIssuer() => _issuer = new TestIssuer("https://badges.valley.example/");

    [OneTimeTearDown]
    public void RemoveIssuer() => _issuer.Dispose();

    [Test]
    public void Issuer_profile_has_id_type_name_url_and_email()
    {
        var issuer = _issuer.OpenBadges.IssuerProfile();

        BadgeKit.Text(issuer["@context"]).ShouldBe(Context);
        BadgeKit.Text(issuer["id"]).ShouldBe("https://badges.valley.example/ob/v2/issuer");
        BadgeKit.Text(issuer["type"]).ShouldBe("Issuer");
        BadgeKit.Text(issuer["name"]).ShouldBe(BadgeKit.IssuerName);
        BadgeKit.Text(issuer["url"]).ShouldBe("https://www.valley.example");
        BadgeKit.Text(issuer["email"]).ShouldBe("internships@valley.example");
    }

    [Test]
    public void Badge_class_has_every_required_field_on_the_configured_origin()
    {
        var badge = BadgeKit.Badge();
        var document = _issuer.OpenBadges.BadgeClassDocument(badge, endorsingEmployerName: null);

        BadgeKit.Text(document["@context"]).ShouldBe(Context);
        BadgeKit.Text(document["id"]).ShouldBe($"https://badges.valley.example/ob/v2/badges/{badge.PublicId}");
        BadgeKit.Text(document["type"]).ShouldBe("BadgeClass");
        BadgeKit.Text(document["name"]).ShouldBe(badge.Name);
        BadgeKit.Text(document["description"]).ShouldBe(badge.Description);
        BadgeKit.Text(document["image"]).ShouldBe($"https://badges.valley.example/ob/v2/badges/{badge.PublicId}/image");
        BadgeKit.Text(document["criteria"]!["narrative"]).ShouldBe(badge.Criteria);
        BadgeKit.Text(document["issuer"]).ShouldBe(BadgeKit.Text(_issuer.OpenBadges.IssuerProfile()["id"]));
        document["tags"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["Surveying", "CAD drafting"]);
        var alignment = document["alignment"]!.AsArray().Single()!.AsObject();
        alignment.Select(p => p.Key).ShouldBe(["targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode"]);
        BadgeKit.Text(alignment["targetCode"]).ShouldBe("ENG-3.2");
    }

    [Test]
    public void Alignment_without_a_url_points_into_the_badge_class_because_targetUrl_is_required()
    {
        var badge = BadgeKit.Badge(alignments: [BadgeKit.DraftingStandard, new BadgeAlignment("Site safety", null, null, "Pathway competencies", null)]);
        var alignment = _issuer.OpenBadges.BadgeClassDocument(badge, null)["alignment"]!.AsArray()[1]!.AsObject();

        BadgeKit.Text(alignment["targetUrl"]).ShouldBe($"https://badges.valley.example/ob/v2/badges/{badge.PublicId}#alignment-2");
        alignment.ContainsKey("targetDescription").ShouldBeFalse();
        alignment.ContainsKey("targetCode").ShouldBeFalse();
    }

    [Test]
    public void Endorsing_employer_is_named_in_the_description()
    {
        var badge = BadgeKit.Badge();

        var endorsed = BadgeKit.Text(_issuer.OpenBadges.BadgeClassDocument(badge, "City of Fresno")["description"]);

        endorsed.ShouldStartWith(badge.Description);
        endorsed.ShouldContain("endorsed by City of Fresno");
    }

    [Test]
    public void Assertion_has_every_required_field_on_the_configured_origin()
    {
        var badge = BadgeKit.Badge(validityMonths: 12);
        var award = BadgeKit.Award(badge);
        var assertion = _issuer.OpenBadges.AssertionDocument(award, badge);
        TestContext.Out.WriteLine(assertion.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        BadgeKit.Text(assertion["@context"]).ShouldBe(Context);
        BadgeKit.Text(assertion["id"]).ShouldBe($"https://badges.valley.example/ob/v2/assertions/{award.PublicId}");
        BadgeKit.Text(assertion["type"]).ShouldBe("Assertion");
        var recipient = assertion["recipient"]!.AsObject();
        BadgeKit.Text(recipient["type"]).ShouldBe("email");
        recipient["hashed"]!.GetValue<bool>().ShouldBeTrue();
        BadgeKit.Text(recipient["salt"]).ShouldBe(award.Salt);
        BadgeKit.Text(recipient["identity"]).ShouldBe(award.RecipientIdentityHash);
        BadgeKit.Text(recipient["identity"]).ShouldMatch("^sha256\\$[0-9a-f]{64}$");
        BadgeKit.Text(assertion["badge"]).ShouldBe($"https://badges.valley.example/ob/v2/badges/{badge.PublicId}");
        BadgeKit.Text(assertion["verification"]!["type"]).ShouldBe("hosted");
        BadgeKit.Text(assertion["issuedOn"]).ShouldBe("2026-06-12T17:30:15Z");
        BadgeKit.Text(assertion["expires"]).ShouldBe("2027-06-12T17:30:15Z");
        BadgeKit.Text(assertion["image"]).ShouldBe($"https://badges.valley.example/ob/v2/assertions/{award.PublicId}/image");
        assertion.ContainsKey("revoked").ShouldBeFalse();
    }

    [Test]
    public void Assertion_evidence_keeps_names_narratives_and_artefact_links()
    {
        var badge = BadgeKit.Badge();
        var evidence = _issuer.OpenBadges.AssertionDocument(BadgeKit.Award(badge), badge)["evidence"]!.AsArray()
            .Select(e => e!.AsObject()).ToList();

        evidence.Count.ShouldBe(3);
        BadgeKit.Text(evidence[0]["name"]).ShouldBe("Internship at City of Fresno Public Works");
        BadgeKit.Text(evidence[0]["narrative"]).ShouldBe("120 hours, June to August 2026.");
        BadgeKit.Text(evidence[0]["genre"]).ShouldBe("Internship");
        evidence[0].ContainsKey("id").ShouldBeFalse();
        evidence[0].ContainsKey("type").ShouldBeFalse();
        BadgeKit.Text(evidence[2]["id"]).ShouldBe("https://portfolio.example/elm-bridge.pdf");
        BadgeKit.Text(evidence[2]["description"]).ShouldBe("Report on the Elm Street bridge, with drawings.");
    }

    [Test]
    public void Assertion_without_expiry_or_evidence_leaves_those_properties_out()
    {
        var badge = BadgeKit.Badge();
        var assertion = _issuer.OpenBadges.AssertionDocument(BadgeKit.Award(badge, evidence: []), badge);

        assertion.ContainsKey("expires").ShouldBeFalse();
        assertion.ContainsKey("evidence").ShouldBeFalse();
        assertion.ToJsonString().ShouldNotContain("null");
    }

    [Test]
    public void Revoked_assertion_answers_only_id_type_and_revoked_never_the_reason()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge);
        award.Revoke("  Awarded in error.  ", BadgeKit.Now);

        var assertion = _issuer.OpenBadges.AssertionDocument(award, badge);

        assertion.Select(p => p.Key).ShouldBe(["@context", "id", "type", "revoked"]);
        BadgeKit.Text(assertion["id"]).ShouldBe($"https://badges.valley.example/ob/v2/assertions/{award.PublicId}");
        BadgeKit.Text(assertion["type"]).ShouldBe("Assertion");
        assertion["revoked"]!.GetValue<bool>().ShouldBeTrue();
        assertion.ToJsonString().ShouldNotContain("error", Case.Insensitive, "why it was revoked is between the district and the student");
    }

    [Test]
    public void Recipient_name_and_address_appear_in_no_public_document_unless_shown()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge, showName: false);

        foreach (var document in PublicTexts(award, badge))
        {
            document.ShouldNotContain("Diaz");
            Regex.IsMatch(document, @"\bAna\b").ShouldBeFalse(document);
            document.ShouldNotContain("ana.diaz@", Case.Insensitive);
        }

        var testimonial = _issuer.OpenBadges.AssertionDocument(award, badge)["evidence"]![1]!["narrative"];
        BadgeKit.Text(testimonial).ShouldBe("[name withheld] led the survey crew; [name withheld] was punctual and careful.");
    }

    [Test]
    public void Recipient_who_chose_to_be_named_keeps_their_name_in_evidence()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge, showName: true);

        var testimonial = _issuer.OpenBadges.AssertionDocument(award, badge)["evidence"]![1]!["narrative"];

        BadgeKit.Text(testimonial).ShouldBe("Ana Diaz led the survey crew; Ana was punctual and careful.");
        PublicTexts(award, badge).ShouldContain(t => t.Contains("Ana Diaz"));
    }

    [Test]
    public void Links_are_on_the_configured_origin()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge);
        var links = _issuer.OpenBadges.LinksFor(award);
        var id = award.PublicId;

        links.VerificationPage.ShouldBe($"https://badges.valley.example/badges/{id}");
        links.Assertion.ShouldBe($"https://badges.valley.example/ob/v2/assertions/{id}");
        links.AssertionImage.ShouldBe($"https://badges.valley.example/ob/v2/assertions/{id}/image");
        links.Credential.ShouldBe($"https://badges.valley.example/ob/v3/credentials/{id}");
        links.CredentialImage.ShouldBe($"https://badges.valley.example/ob/v3/credentials/{id}/image");
        _issuer.OpenBadges.BadgeImageUrl(badge).ShouldBe($"https://badges.valley.example/ob/v2/badges/{badge.PublicId}/image");
    }

    [Test]
    public void An_award_of_another_badge_is_refused_once_both_are_saved()
    {
        var badge = BadgeKit.WithId(BadgeKit.Badge(), 3);
        var award = BadgeKit.Award(badge);
        var other = BadgeKit.WithId(BadgeKit.Badge(), 4);

        Should.Throw<ArgumentException>(() => _issuer.OpenBadges.AssertionDocument(award, other));
    }

    /// <summary>Everything a stranger can fetch about the award, as text.</summary>
    private IEnumerable<string> PublicTexts(BadgeAward award, BadgeClass badge)
    {
        var jwt = _issuer.OpenBadges.CredentialJwt(award, badge);
        yield return _issuer.OpenBadges.AssertionDocument(award, badge).ToJsonString(Unescaped);
        yield return BadgeKit.Payload(jwt).ToJsonString(Unescaped);
        yield return BadgeKit.Header(jwt).ToJsonString(Unescaped);
        yield return _issuer.OpenBadges.BadgeClassDocument(badge, "City of Fresno").ToJsonString(Unescaped);
        yield return PngText.Read(_issuer.OpenBadges.BakedAssertionImage(award, badge), "openbadges")!;
        yield return BadgeKit.Payload(PngText.Read(_issuer.OpenBadges.BakedCredentialImage(award, badge), "openbadgecredential")!).ToJsonString(Unescaped);
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
