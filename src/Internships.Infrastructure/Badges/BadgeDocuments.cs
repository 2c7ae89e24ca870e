using System.Globalization;
using System.Text.Json.Nodes;
using Internships.Application.Common.Localization;
using Internships.Domain.Badges;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// The JSON documents of the open standards: Open Badges 2.0 (hosted issuer, BadgeClass, Assertion), the Open Badges
/// 3.0 OpenBadgeCredential and the W3C BitstringStatusListCredential. Ids are URLs on the configured origin.
/// </summary>
internal sealed class BadgeDocuments(OpenBadgesUrls urls, BadgeIssuer issuer)
{
    public const string V2Context = "https://w3id.org/openbadges/v2";
    public const string CredentialsV2Context = "https://www.w3.org/ns/credentials/v2";
    public const string V3Context = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    public JsonObject IssuerProfile() => new()
    {
        ["@context"] = V2Context,
        ["id"] = issuer.Id,
        ["type"] = "Issuer",
        ["name"] = issuer.Name,
        ["url"] = issuer.Url,
        ["email"] = issuer.Email,
    };

    /// <summary>
    /// An OB 2.0 Endorsement is a separate document issued and hosted by the endorser; the district cannot speak for
    /// the employer that way, so the endorsement is stated in the description, which every displayer shows.
    /// </summary>
    public JsonObject BadgeClass(BadgeClass badge, string? endorsingEmployerName)
    {
        var description = string.IsNullOrWhiteSpace(endorsingEmployerName)
            ? badge.Description
            : $"{badge.Description}\n\nDesigned with and endorsed by {endorsingEmployerName.Trim()}.";
        return new JsonObject
        {
            ["@context"] = V2Context,
            ["id"] = urls.BadgeClass(badge.PublicId),
            ["type"] = "BadgeClass",
            ["name"] = badge.Name,
            ["description"] = description,
            ["image"] = urls.BadgeImage(badge.PublicId),
            ["criteria"] = new JsonObject { ["narrative"] = badge.Criteria },
            ["issuer"] = issuer.Id,
        }
        .With("tags", OpenBadgesJson.Strings(badge.Skills))
        .With("alignment", new JsonArray([.. Alignments(badge, v3: false)]));
    }

    /// <summary>The hosted assertion as published on <paramref name="today"/> (a minor's evidence details depend on the day).
    /// A revoked one says only that it is revoked: the reason is between the district and the student.</summary>
    public JsonObject Assertion(BadgeAward award, BadgeClass badge, DateOnly today)
    {
        EnsureSameBadge(award, badge);
        if (award.IsRevoked)
        {
            return new JsonObject
            {
                ["@context"] = V2Context,
                ["id"] = urls.Assertion(award.PublicId),
                ["type"] = "Assertion",
                ["revoked"] = true,
            };
        }

        return new JsonObject
        {
            ["@context"] = V2Context,
            ["id"] = urls.Assertion(award.PublicId),
            ["type"] = "Assertion",
            ["recipient"] = new JsonObject
            {
                ["type"] = "email",
                ["hashed"] = true,
                ["salt"] = award.Salt,
                ["identity"] = award.RecipientIdentityHash,
            },
            ["badge"] = urls.BadgeClass(badge.PublicId),
            ["verification"] = new JsonObject { ["type"] = "hosted" },
            ["issuedOn"] = OpenBadgesJson.Timestamp(award.IssuedAt),
        }
        .With("expires", award.ExpiresAt is { } expires ? OpenBadgesJson.Timestamp(expires) : null)
        .With("image", urls.AssertionImage(award.PublicId))
        .With("evidence", new JsonArray([.. award.PublicEvidenceOn(today).Select(e => Evidence(e, v3: false))]));
    }

    /// <summary>
    /// The OB 3.0 OpenBadgeCredential. Its id is the URL the signed credential is served at, so a holder can fetch it
    /// again; the achievement's id is the OB 2.0 BadgeClass URL, one identity for the badge in both versions.
    /// </summary>
    public JsonObject Credential(BadgeAward award, BadgeClass badge, StatusListPosition status, DateOnly today)
    {
        EnsureSameBadge(award, badge);
        var identifiers = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "IdentityObject",
                ["identityHash"] = award.RecipientIdentityHash,
                ["identityType"] = "emailAddress",
                ["hashed"] = true,
                ["salt"] = award.Salt,
            },
        };
        if (award.ShowRecipientName && !string.IsNullOrWhiteSpace(award.RecipientName))
        {
            // The recipient chose to be named; OB 3.0 carries a name as a plain (unhashed) identifier.
            identifiers.Add(new JsonObject
            {
                ["type"] = "IdentityObject",
                ["identityHash"] = award.RecipientName,
                ["identityType"] = "name",
                ["hashed"] = false,
            });
        }

        var achievement = new JsonObject
        {
            ["id"] = urls.BadgeClass(badge.PublicId),
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = AchievementType(badge.Kind),
            ["name"] = badge.Name,
            ["description"] = badge.Description,
            ["criteria"] = new JsonObject { ["narrative"] = badge.Criteria },
            ["image"] = new JsonObject { ["id"] = urls.BadgeImage(badge.PublicId), ["type"] = "Image" },
        }
        .With("tag", OpenBadgesJson.Strings(badge.Skills))
        .With("alignment", new JsonArray([.. Alignments(badge, v3: true)]));

        var statusList = urls.StatusList(status.ListNumber);
        var index = status.Index.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["@context"] = new JsonArray(CredentialsV2Context, V3Context),
            ["id"] = urls.Credential(award.PublicId),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject
            {
                ["id"] = issuer.Id,
                ["type"] = new JsonArray("Profile"),
                ["name"] = issuer.Name,
                ["url"] = issuer.Url,
                ["email"] = issuer.Email,
            },
            ["validFrom"] = OpenBadgesJson.Timestamp(award.IssuedAt),
        }
        .With("validUntil", award.ExpiresAt is { } expires ? OpenBadgesJson.Timestamp(expires) : null)
        .With("name", InBothLanguages(badge.Name, badge.NameEs))
        .With("description", badge.DescriptionEs is null ? null : InBothLanguages(badge.Description, badge.DescriptionEs))
        .With("credentialSubject", new JsonObject
        {
            ["id"] = SubjectId(award),
            ["type"] = new JsonArray("AchievementSubject"),
            ["identifier"] = identifiers,
            ["achievement"] = achievement,
        })
        .With("evidence", new JsonArray([.. award.PublicEvidenceOn(today).Select(e => Evidence(e, v3: true))]))
        .With("credentialStatus", new JsonObject
        {
            ["id"] = $"{statusList}#{index}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = index,
            ["statusListCredential"] = statusList,
        });
    }

    /// <summary>
    /// The credential's name or description in English and Spanish as language value objects (VC Data Model 2.0, §11.1
    /// "Language and base direction", which allows them on the credential's name and description), when the district
    /// wrote the Spanish; the English string alone otherwise, as before. The achievement keeps plain English strings,
    /// which is what the OB 3.0 schema asks of it; a wallet that reads one language reads the English there.
    /// </summary>
    private static JsonNode? InBothLanguages(string english, string? spanish) => spanish is null
        ? JsonValue.Create(english)
        : new JsonArray(
            new JsonObject { ["@value"] = english, ["@language"] = Languages.English },
            new JsonObject { ["@value"] = spanish, ["@language"] = Languages.Spanish });

    /// <summary>
    /// A pseudonymous id for the credential's subject: a UUID from the award's salted recipient hash. It names the
    /// recipient of this award only, so two awards cannot be linked by it; the hashed identifier says who it is.
    /// </summary>
    public static string SubjectId(BadgeAward award)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(award.RecipientIdentityHash));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The VC-JWT payload: the credential itself with the registered claims OB 3.0 maps onto it (sub is the subject's id).</summary>
    public JsonObject CredentialPayload(BadgeAward award, BadgeClass badge, StatusListPosition status, DateOnly today)
    {
        var payload = Credential(award, badge, status, today);
        payload["iss"] = issuer.Id;
        payload["jti"] = urls.Credential(award.PublicId);
        payload["sub"] = SubjectId(award);
        payload["nbf"] = OpenBadgesJson.UnixSeconds(award.IssuedAt);
        if (award.ExpiresAt is { } expires)
        {
            payload["exp"] = OpenBadgesJson.UnixSeconds(expires);
        }

        return payload;
    }

    /// <summary>
    /// The employer's endorsement of a badge it designed with the district: an OB 3.0 EndorsementCredential whose subject is
    /// the achievement. The district issues and signs it on the employer's behalf (the employer holds no key of its own
    /// here), so its issuer is the district and its comment names the employer (ADR 0014).
    /// </summary>
    public JsonObject EndorsementPayload(BadgeClass badge, CredentialEndorser endorser, DateTime validFrom)
    {
        var achievementId = urls.BadgeClass(badge.PublicId);
        var id = $"{achievementId}#endorsement";
        var comment = $"{endorser.Name} designed the badge {badge.Name} with {issuer.Name} and endorses it. {issuer.Name} signs this endorsement on "
            + $"{endorser.Name}'s behalf.";
        return new JsonObject
        {
            ["@context"] = new JsonArray(CredentialsV2Context, V3Context),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "EndorsementCredential"),
            ["name"] = $"{endorser.Name} endorses {badge.Name}",
            ["issuer"] = new JsonObject
            {
                ["id"] = issuer.Id,
                ["type"] = new JsonArray("Profile"),
                ["name"] = issuer.Name,
                ["url"] = issuer.Url,
            },
            ["validFrom"] = OpenBadgesJson.Timestamp(validFrom),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = achievementId,
                ["type"] = new JsonArray("EndorsementSubject"),
                ["endorsementComment"] = endorser.Url is { } url ? $"{comment} {url}" : comment,
            },
            ["iss"] = issuer.Id,
            ["jti"] = id,
            ["sub"] = achievementId,
            ["nbf"] = OpenBadgesJson.UnixSeconds(validFrom),
        };
    }

    public JsonObject StatusListPayload(int listNumber, string encodedList, DateTime validFrom)
    {
        var id = urls.StatusList(listNumber);
        return new JsonObject
        {
            ["@context"] = new JsonArray(CredentialsV2Context),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuer.Id,
            ["validFrom"] = OpenBadgesJson.Timestamp(validFrom),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = $"{id}#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = "revocation",
                ["encodedList"] = encodedList,
            },
            ["iss"] = issuer.Id,
            ["jti"] = id,
            ["sub"] = $"{id}#list",
            ["nbf"] = OpenBadgesJson.UnixSeconds(validFrom),
            ["iat"] = OpenBadgesJson.UnixSeconds(validFrom),
        };
    }

    public static string AchievementType(BadgeKind kind) => kind switch
    {
        BadgeKind.Completion => "Badge",
        BadgeKind.Competency => "Competency",
        // Not in the OB 3.0 vocabulary; the spec's "ext:" prefix marks a type of our own.
        BadgeKind.Capacity => "ext:Capacity",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Both versions require targetUrl. An alignment without one (e.g. a pathway competency with no public page)
    /// points into the badge's own BadgeClass, which describes the target by name, description and code.
    /// </summary>
    private IEnumerable<JsonObject> Alignments(BadgeClass badge, bool v3) =>
        badge.Alignments.Select((alignment, i) =>
        {
            var item = new JsonObject();
            if (v3)
            {
                item["type"] = new JsonArray("Alignment");
            }

            return item
                .With("targetName", alignment.TargetName)
                .With("targetUrl", AbsoluteUrl(alignment.TargetUrl) ?? $"{urls.BadgeClass(badge.PublicId)}#alignment-{i + 1}")
                .With("targetDescription", alignment.TargetDescription)
                .With("targetFramework", alignment.TargetFramework)
                .With("targetCode", alignment.TargetCode);
        });

    private static JsonObject Evidence(BadgeEvidence evidence, bool v3)
    {
        var item = new JsonObject();
        if (v3)
        {
            item["type"] = new JsonArray("Evidence");
        }

        item.With("id", AbsoluteUrl(evidence.Url))
            .With("name", evidence.Name);
        // An artefact's text says what the linked work is; the other kinds' text is the story of the achievement.
        item.With(evidence.Kind == EvidenceKind.Artefact ? "description" : "narrative", evidence.Narrative);
        return item.With("genre", Genre(evidence.Kind));
    }

    private static string Genre(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Placement => "Internship",
        EvidenceKind.TasksPerformed => "Tasks performed",
        EvidenceKind.Testimonial => "Supervisor testimonial",
        EvidenceKind.Artefact => "Work sample",
        EvidenceKind.Narrative => "Coordinator's note",
        _ => kind.ToString(),
    };

    /// <summary>The URL as it was given, when it is an absolute http(s) one: ids must be IRIs.</summary>
    private static string? AbsoluteUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? url!.Trim()
            : null;

    /// <summary>A guard for the caller: once both are saved, the award must be of this badge.</summary>
    private static void EnsureSameBadge(BadgeAward award, BadgeClass badge)
    {
        if (award.BadgeClassId != 0 && badge.Id != 0 && award.BadgeClassId != badge.Id)
        {
            throw new ArgumentException($"Award {award.PublicId} is of badge {award.BadgeClassId}, not {badge.Id}.", nameof(badge));
        }
    }
}
