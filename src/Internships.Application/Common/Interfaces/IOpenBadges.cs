using System.Text.Json.Nodes;
using Internships.Domain.Badges;

namespace Internships.Application.Common.Interfaces;

/// <summary>
/// The open-standards face of the badge catalogue: the documents any Open Badges verifier reads (2.0 hosted JSON-LD,
/// 3.0 signed credentials), the issuer's public keys, and the images, plain and baked. Everything a stranger needs to
/// check an award without our code.
/// </summary>
public interface IOpenBadges
{
    /// <summary>The OB 2.0 issuer profile (the district).</summary>
    JsonObject IssuerProfile();

    /// <summary>The OB 2.0 BadgeClass of a badge, with its alignments; the endorsing employer is named when there is one.</summary>
    JsonObject BadgeClassDocument(BadgeClass badge, string? endorsingEmployerName);

    /// <summary>The OB 2.0 hosted Assertion of an award; a revoked award answers only its id, revoked: true and the reason.</summary>
    JsonObject AssertionDocument(BadgeAward award, BadgeClass badge);

    /// <summary>
    /// The award's OB 3.0 OpenBadgeCredential as a compact VC-JWT: the one signed at issuance (<see cref="BadgeAward.IssuedCredential"/>),
    /// or, for an award made before credentials were kept, one signed now.
    /// </summary>
    string CredentialJwt(BadgeAward award, BadgeClass badge);

    /// <summary>
    /// Signs the award as an OB 3.0 OpenBadgeCredential now (RS256, kid in the JWKS): done once, at issuance. A badge
    /// designed with an employer carries that employer's endorsement of the achievement (<paramref name="endorser"/>), an
    /// EndorsementCredential the district signs on the employer's behalf (ADR 0014).
    /// </summary>
    string SignCredential(BadgeAward award, BadgeClass badge, CredentialEndorser? endorser = null);

    /// <summary>How many awards one status list covers: list n holds the awards with ids (n-1)·length+1 … n·length.</summary>
    int StatusListLength { get; }

    /// <summary>
    /// Status list <paramref name="listNumber"/> as a signed VC-JWT (a BitstringStatusListCredential for revocation),
    /// with the bits of <paramref name="revokedIndexes"/> set. Signed once per content and key: the same list is not
    /// signed again until an award in it is revoked or the key rotates.
    /// </summary>
    string StatusListCredentialJwt(int listNumber, IEnumerable<int> revokedIndexes);

    /// <summary>Where an award sits in the status lists: which list, which bit.</summary>
    StatusListPosition StatusListPositionOf(BadgeAward award);

    /// <summary>The issuer's public keys, current and retired, as a JWKS; each "kid" is the URL of <see cref="PublicKey"/>.</summary>
    JsonObject Jwks();

    /// <summary>One public key as a JWK, by its thumbprint: what a credential's "kid" resolves to. Null when there is none.</summary>
    JsonObject? PublicKey(string thumbprint);

    /// <summary>The badge's image: the uploaded PNG, or one rendered from its name, colour and kind.</summary>
    byte[] Image(BadgeClass badge);

    /// <summary>The image drawn for a badge of this name, colour and kind, as if nothing were uploaded: the editor's preview.</summary>
    byte[] PreviewImage(string name, string color, BadgeKind kind);

    /// <summary>The badge image with the OB 2.0 assertion baked into one iTXt chunk (keyword "openbadges").</summary>
    byte[] BakedAssertionImage(BadgeAward award, BadgeClass badge);

    /// <summary>The badge image with the compact VC-JWT baked into one iTXt chunk (keyword "openbadgecredential").</summary>
    byte[] BakedCredentialImage(BadgeAward award, BadgeClass badge);

    /// <summary>The public addresses of an award and its documents.</summary>
    AwardLinks LinksFor(BadgeAward award);

    /// <summary>The public address of a badge's image.</summary>
    string BadgeImageUrl(BadgeClass badge);
}

public sealed record StatusListPosition(int ListNumber, int Index);

/// <summary>The employer that designed a badge with the district and endorses it: named in its credentials' endorsement.</summary>
public sealed record CredentialEndorser(string Name, string? Url);

public sealed record AwardLinks(
    string VerificationPage,
    string Assertion,
    string AssertionImage,
    string Credential,
    string CredentialImage);
