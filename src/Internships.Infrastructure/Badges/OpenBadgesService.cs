using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Internships.Domain.Badges;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// <see cref="IOpenBadges"/> on the issuer's key store (<see cref="IIssuerKeys"/>), SkiaSharp and PNG iTXt baking. Stateless apart from the
/// key and image caches, so one instance serves the whole host.
/// </summary>
public sealed class OpenBadgesService : IOpenBadges
{
    public const string AssertionKeyword = "openbadges";
    public const string CredentialKeyword = "openbadgecredential";

    private static readonly JsonWebTokenHandler Tokens = new();

    private readonly OpenBadgesUrls _urls;
    private readonly BadgeDocuments _documents;
    private readonly IIssuerKeys _keys;
    private readonly BadgeImageRenderer _renderer;
    private readonly IClock _clock;

    // The last signature of each status list, reused while its bits and the signing key are the same: verifiers poll
    // these lists, and an RSA signature per anonymous request is the costliest thing the public pages would do.
    private readonly ConcurrentDictionary<int, SignedStatusList> _signedStatusLists = new();

    public OpenBadgesService(IOptions<OpenBadgesOptions> options, IIssuerKeys keys, BadgeImageRenderer renderer, IClock clock)
    {
        var settings = options.Value;
        _urls = new OpenBadgesUrls(settings.PublicBaseUrl);
        Issuer = new BadgeIssuer(
            _urls.Issuer,
            string.IsNullOrWhiteSpace(settings.IssuerName) ? throw new InvalidOperationException("OpenBadges:IssuerName is not set.") : settings.IssuerName,
            string.IsNullOrWhiteSpace(settings.IssuerWebsite) ? _urls.Base : settings.IssuerWebsite,
            settings.IssuerEmail);
        _documents = new BadgeDocuments(_urls, Issuer);
        _keys = keys;
        _renderer = renderer;
        _clock = clock;
    }

    public BadgeIssuer Issuer { get; }

    public OpenBadgesUrls Urls => _urls;

    public JsonObject IssuerProfile() => _documents.IssuerProfile();

    public JsonObject BadgeClassDocument(BadgeClass badge, string? endorsingEmployerName) => _documents.BadgeClass(badge, endorsingEmployerName);

    public JsonObject AssertionDocument(BadgeAward award, BadgeClass badge) => _documents.Assertion(award, badge, _clock.Today);

    public string CredentialJwt(BadgeAward award, BadgeClass badge) => award.IssuedCredential ?? SignCredential(award, badge);

    public string SignCredential(BadgeAward award, BadgeClass badge, CredentialEndorser? endorser = null)
    {
        var payload = _documents.CredentialPayload(award, badge, StatusListPositionOf(award), _clock.Today);
        if (endorser is not null)
        {
            // OB 3.0 carries a VC-JWT endorsement in the achievement's endorsementJwt (context 3.0.3); an EndorsementCredential
            // in "endorsement" would need an embedded proof, which this issuer does not make.
            payload["credentialSubject"]!["achievement"]!["endorsementJwt"] =
                new JsonArray(Sign(_documents.EndorsementPayload(badge, endorser, award.IssuedAt)));
        }

        return Sign(payload);
    }

    public int StatusListLength => BitstringStatusList.Length;

    public string StatusListCredentialJwt(int listNumber, IEnumerable<int> revokedIndexes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(listNumber, 1);
        var encodedList = BitstringStatusList.Encode(revokedIndexes);
        var keyId = _keys.Current.KeyId;
        if (_signedStatusLists.TryGetValue(listNumber, out var signed) && signed.EncodedList == encodedList && signed.KeyId == keyId)
        {
            return signed.Jwt;
        }

        var jwt = Sign(_documents.StatusListPayload(listNumber, encodedList, _clock.UtcNow));
        _signedStatusLists[listNumber] = new SignedStatusList(encodedList, keyId, jwt);
        return jwt;
    }

    /// <summary>
    /// Derived from the award's database id, so no column holds it: list (Id-1)/131072 + 1, bit (Id-1) mod 131072.
    /// The award must be saved first.
    /// </summary>
    public StatusListPosition StatusListPositionOf(BadgeAward award)
    {
        if (award.Id <= 0)
        {
            throw new InvalidOperationException($"Award {award.PublicId} has no id yet: save it before it takes a status list position.");
        }

        var zeroBased = award.Id - 1;
        return new StatusListPosition(zeroBased / BitstringStatusList.Length + 1, zeroBased % BitstringStatusList.Length);
    }

    /// <summary>The key set, each key named by the URL it can also be fetched from on its own.</summary>
    public JsonObject Jwks() =>
        new() { ["keys"] = new JsonArray([.. _keys.Jwks()["keys"]!.AsArray().Select(k => (JsonNode)WithUrlKeyId(k!.AsObject()))]) };

    public JsonObject? PublicKey(string thumbprint) =>
        _keys.Jwks()["keys"]!.AsArray().Select(k => k!.AsObject()).FirstOrDefault(k => k["kid"]!.GetValue<string>() == thumbprint) is { } key
            ? WithUrlKeyId(key)
            : null;

    public byte[] PreviewImage(string name, string color, BadgeKind kind) => _renderer.Preview(name, color, kind);

    public byte[] Image(BadgeClass badge) => badge.Image is { Length: > 0 } uploaded ? uploaded : _renderer.Render(badge);

    public byte[] BakedAssertionImage(BadgeAward award, BadgeClass badge) =>
        PngText.Bake(BakeableImage(badge), AssertionKeyword, OpenBadgesJson.Serialize(AssertionDocument(award, badge)));

    public byte[] BakedCredentialImage(BadgeAward award, BadgeClass badge) =>
        PngText.Bake(BakeableImage(badge), CredentialKeyword, CredentialJwt(award, badge));

    public AwardLinks LinksFor(BadgeAward award) => new(
        _urls.VerificationPage(award.PublicId),
        _urls.Assertion(award.PublicId),
        _urls.AssertionImage(award.PublicId),
        _urls.Credential(award.PublicId),
        _urls.CredentialImage(award.PublicId));

    public string BadgeImageUrl(BadgeClass badge) => _urls.BadgeImage(badge.PublicId);

    /// <summary>
    /// Compact JWS, RS256, header alg/kid/typ. The string overload of CreateToken signs the payload text as given,
    /// so nested objects and arrays reach the verifier exactly as serialised here (no claim mapping or added times).
    /// </summary>
    private string Sign(JsonObject payload)
    {
        var current = _keys.Current;
        var rsa = ((RsaSecurityKey)current.SigningCredentials.Key).Rsa;
        var credentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = _urls.Key(current.KeyId) }, SecurityAlgorithms.RsaSha256);
        return Tokens.CreateToken(OpenBadgesJson.Serialize(payload), credentials);
    }

    private JsonObject WithUrlKeyId(JsonObject jwk)
    {
        var copy = jwk.DeepClone().AsObject();
        copy["kid"] = _urls.Key(jwk["kid"]!.GetValue<string>());
        return copy;
    }

    private sealed record SignedStatusList(string EncodedList, string KeyId, string Jwt);

    /// <summary>Only a PNG can be baked; an upload that is not one is replaced by the rendered image.</summary>
    private byte[] BakeableImage(BadgeClass badge) =>
        badge.Image is { Length: > 0 } uploaded && PngText.IsPng(uploaded) ? uploaded : _renderer.Render(badge);
}
