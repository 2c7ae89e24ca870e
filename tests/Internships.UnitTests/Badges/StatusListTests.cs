using System.IO.Compression;
using Internships.Infrastructure.Badges;
using Shouldly;

namespace Internships.UnitTests.Badges;

/// <summary>Bitstring Status List: the bits a verifier reads are the revoked awards, in the spec's bit order.</summary>
public sealed class StatusListTests
{
    private TestIssuer _issuer = null!;

    [OneTimeSetUp]
    public void CreateIssuer() => _issuer = new TestIssuer();

    [OneTimeTearDown]
    public void RemoveIssuer() => _issuer.Dispose();

    [Test]
    public void Encode_then_decode_gives_exactly_the_set_indexes()
    {
        int[] revoked = [131_071, 0, 7, 8, 9, 4_096, 77_777, 9];

        var encoded = BitstringStatusList.Encode(revoked);

        BitstringStatusList.SetIndexes(encoded).ShouldBe([0, 7, 8, 9, 4_096, 77_777, 131_071]);
        BitstringStatusList.SetIndexes(BitstringStatusList.Encode([])).ShouldBeEmpty();
    }

    [Test]
    public void Index_zero_is_the_left_most_bit_of_the_first_byte()
    {
        var encoded = BitstringStatusList.Encode([0, 9, 131_071]);

        // Decoded here without the production decoder: multibase "u", base64url, GZIP.
        encoded[0].ShouldBe('u');
        var compressed = System.Buffers.Text.Base64Url.DecodeFromChars(encoded.AsSpan(1));
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        var bits = raw.ToArray();

        bits.Length.ShouldBe(16 * 1024);
        bits[0].ShouldBe((byte)0b1000_0000);
        bits[1].ShouldBe((byte)0b0100_0000);
        bits[^1].ShouldBe((byte)0b0000_0001);
        bits.Skip(2).SkipLast(1).ShouldAllBe(b => b == 0);
    }

    [Test]
    public void Indexes_outside_the_list_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BitstringStatusList.Encode([131_072]));
        Should.Throw<ArgumentOutOfRangeException>(() => BitstringStatusList.Encode([-1]));
        Should.Throw<FormatException>(() => BitstringStatusList.Decode("zabc"));
    }

    [Test]
    public async Task Status_list_credential_verifies_with_the_jwks_and_carries_the_revoked_bits()
    {
        var jwt = _issuer.OpenBadges.StatusListCredentialJwt(2, [5, 41]);

        (await CredentialJwtTests.MicrosoftVerify(jwt, _issuer.OpenBadges.Jwks().ToJsonString())).IsValid.ShouldBeTrue();
        CredentialJwtTests.JoseVerify(jwt, _issuer.OpenBadges.Jwks().ToJsonString()).ShouldBeTrue();
        var credential = BadgeKit.Payload(jwt);
        var url = $"{BadgeKit.BaseUrl}/ob/v3/status/2";
        BadgeKit.Text(credential["id"]).ShouldBe(url);
        credential["@context"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["https://www.w3.org/ns/credentials/v2"]);
        credential["type"]!.AsArray().Select(BadgeKit.Text).ShouldBe(["VerifiableCredential", "BitstringStatusListCredential"]);
        BadgeKit.Text(credential["issuer"]).ShouldBe($"{BadgeKit.BaseUrl}/ob/v2/issuer");
        BadgeKit.Text(credential["validFrom"]).ShouldBe("2026-11-23T09:00:00Z");
        var subject = credential["credentialSubject"]!.AsObject();
        BadgeKit.Text(subject["id"]).ShouldBe($"{url}#list");
        BadgeKit.Text(subject["type"]).ShouldBe("BitstringStatusList");
        BadgeKit.Text(subject["statusPurpose"]).ShouldBe("revocation");
        BitstringStatusList.SetIndexes(BadgeKit.Text(subject["encodedList"])).ShouldBe([5, 41]);
        BadgeKit.Text(credential["iss"]).ShouldBe(BadgeKit.Text(credential["issuer"]));
        BadgeKit.Text(credential["jti"]).ShouldBe(url);
    }

    [Test]
    public void A_revoked_award_is_found_by_following_its_credential_status()
    {
        var badge = BadgeKit.Badge();
        var revoked = BadgeKit.Award(badge, id: 131_075);
        var kept = BadgeKit.Award(badge, id: 131_076);
        var position = _issuer.OpenBadges.StatusListPositionOf(revoked);

        var list = BadgeKit.Payload(_issuer.OpenBadges.StatusListCredentialJwt(position.ListNumber, [position.Index]));
        var bits = BitstringStatusList.Decode(BadgeKit.Text(list["credentialSubject"]!["encodedList"]));

        foreach (var (award, expected) in new[] { (revoked, true), (kept, false) })
        {
            var status = BadgeKit.Payload(_issuer.OpenBadges.CredentialJwt(award, badge))["credentialStatus"]!;
            BadgeKit.Text(status["statusListCredential"]).ShouldBe(BadgeKit.Text(list["id"]));
            BitstringStatusList.IsSet(bits, int.Parse(BadgeKit.Text(status["statusListIndex"]))).ShouldBe(expected);
        }
    }

    [TestCase(1, 1, 0)]
    [TestCase(2, 1, 1)]
    [TestCase(131_072, 1, 131_071)]
    [TestCase(131_073, 2, 0)]
    [TestCase(400_000, 4, 6_783)]
    public void Position_follows_the_award_id(int id, int list, int index)
    {
        var position = _issuer.OpenBadges.StatusListPositionOf(BadgeKit.Award(BadgeKit.Badge(), id: id));

        position.ShouldBe(new Internships.Application.Common.Interfaces.StatusListPosition(list, index));
    }

    [Test]
    public void List_numbers_start_at_one()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _issuer.OpenBadges.StatusListCredentialJwt(0, []));
    }

    [Test]
    public void An_unsaved_award_has_no_position()
    {
        Should.Throw<InvalidOperationException>(() => _issuer.OpenBadges.StatusListPositionOf(BadgeKit.Award(BadgeKit.Badge(), id: 0)));
    }

    [Test]
    public void A_status_list_is_signed_once_until_its_bits_or_the_signing_key_change()
    {
        using var issuer = new TestIssuer();
        var clock = new SteppingClock(BadgeKit.Now);
        var service = new OpenBadgesService(Microsoft.Extensions.Options.Options.Create(issuer.Options), issuer.Keys, BadgeKit.Renderer, clock);

        var first = service.StatusListCredentialJwt(1, [3]);
        clock.UtcNow = BadgeKit.Now.AddMinutes(5);
        service.StatusListCredentialJwt(1, [3]).ShouldBe(first, "the same bits and key: the signature already made");
        service.StatusListCredentialJwt(2, [3]).ShouldNotBe(first, "each list is its own document");

        var revokedMore = service.StatusListCredentialJwt(1, [3, 9]);
        revokedMore.ShouldNotBe(first);
        BadgeKit.Text(BadgeKit.Payload(revokedMore)["validFrom"]).ShouldBe("2026-11-23T09:05:00Z", "signed when its bits changed");

        issuer.Keys.Rotate();
        var rotated = service.StatusListCredentialJwt(1, [3, 9]);
        BadgeKit.Text(BadgeKit.Header(rotated)["kid"]).ShouldNotBe(BadgeKit.Text(BadgeKit.Header(revokedMore)["kid"]), "signed again with the new key");
    }

    private sealed class SteppingClock(DateTime start) : Internships.Application.Common.Interfaces.IClock
    {
        public DateTime UtcNow { get; set; } = start;

        public DateOnly Today => DateOnly.FromDateTime(UtcNow);

        public DateTime ToDistrictTime(DateTime utc) => utc;
    }
}
