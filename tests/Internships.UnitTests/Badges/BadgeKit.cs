using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Internships.Infrastructure.Badges;

namespace Internships.UnitTests.Badges;

/// <summary>Badges, awards and an issuer with its own temporary key folder, for the Open Badges tests.</summary>
internal static class BadgeKit
{
    public const string BaseUrl = "https://badges.valley.example";
    public const string IssuerName = "Valley Unified School District";
    public const string RecipientName = "Ana Diaz";
    public const string RecipientEmail = "Ana.Diaz@Students.Example";
    public static readonly DateTime IssuedAt = new(2026, 6, 12, 17, 30, 15, 250, DateTimeKind.Utc);
    public static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>One renderer for all tests: it caches per badge, and fonts load once.</summary>
    public static readonly BadgeImageRenderer Renderer = new();

    public static readonly BadgeAlignment DraftingStandard = new("Technical drafting", "https://standards.example/cte/eng/3.2",
        "Produces drawings to standard", "California CTE Model Curriculum Standards", "ENG-3.2");

    public static BadgeClass Badge(BadgeKind kind = BadgeKind.Completion, string colour = "#1F6FB2", int? validityMonths = null,
        string name = "Civil Engineering Internship", IReadOnlyCollection<BadgeAlignment>? alignments = null, byte[]? image = null,
        BadgeRecipientType recipientType = BadgeRecipientType.Student)
    {
        var badge = new BadgeClass(new BadgeClassDetails(name, "Completed a paid internship in civil engineering.",
            "Work at least 120 hours and receive a final evaluation of 3 or more in every competency.", kind, recipientType,
            colour, EndorsingEmployerId: null, validityMonths, ["Surveying", "CAD drafting"], alignments ?? [DraftingStandard], [], Rule: null),
            IssuedAt.AddMonths(-6));
        badge.UseImage(image);
        return badge;
    }

    public static IReadOnlyList<BadgeEvidence> Evidence =>
    [
        new(EvidenceKind.Placement, "Internship at City of Fresno Public Works", "120 hours, June to August 2026.", null),
        new(EvidenceKind.Testimonial, "Supervisor's words", "Ana Diaz led the survey crew; Ana was punctual and careful.", null),
        new(EvidenceKind.Artefact, "Bridge survey report", "Report on the Elm Street bridge, with drawings.", "https://portfolio.example/elm-bridge.pdf"),
    ];

    /// <summary>Ana turned 18 before <see cref="IssuedAt"/>: an adult's award unless <paramref name="adultFrom"/> says otherwise.</summary>
    public static readonly DateOnly AnaAdultFrom = new(2025, 9, 1);

    public static BadgeAward Award(BadgeClass badge, int id = 42, bool showName = false, IEnumerable<BadgeEvidence>? evidence = null,
        DateOnly? adultFrom = null)
    {
        var recipient = new AwardRecipient(7, null, RecipientName, RecipientEmail, adultFrom ?? AnaAdultFrom);
        var award = BadgeAward.Manual(badge, recipient, evidence ?? Evidence, IssuedAt);
        WithId(award, id);
        award.ShowNamePublicly(showName);
        return award;
    }

    /// <summary>Entity.Id has a protected setter (the database assigns it); reflection stands in for the database here.</summary>
    public static T WithId<T>(T entity, int id) where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }

    public static JsonObject Payload(string jwt) => JsonNode.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1]))!.AsObject();

    public static JsonObject Header(string jwt) => JsonNode.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[0]))!.AsObject();

    public static string Text(JsonNode? node) => node?.GetValue<string>() ?? throw new AssertionException("Expected a string.");
}

/// <summary>A district issuer with a fresh 2048-bit key in its own temporary folder, removed afterwards.</summary>
internal sealed class TestIssuer : IDisposable
{
    public TestIssuer(string baseUrl = BadgeKit.BaseUrl, string? keyFolder = null)
    {
        KeyFolder = keyFolder ?? Path.Combine(Path.GetTempPath(), "ob-keys-" + Guid.NewGuid().ToString("N"));
        Keys = new IssuerKeyStore(KeyFolder, keySize: 2048);
        Options = new OpenBadgesOptions
        {
            PublicBaseUrl = baseUrl,
            IssuerName = BadgeKit.IssuerName,
            IssuerEmail = "internships@valley.example",
            IssuerWebsite = "https://www.valley.example",
            SigningKeysPath = KeyFolder,
        };
        Service = new OpenBadgesService(Microsoft.Extensions.Options.Options.Create(Options), Keys, BadgeKit.Renderer, new FixedClock(BadgeKit.Now));
    }

    public string KeyFolder { get; }

    public OpenBadgesOptions Options { get; }

    public IssuerKeyStore Keys { get; }

    public OpenBadgesService Service { get; }

    public IOpenBadges OpenBadges => Service;

    public void Dispose()
    {
        if (Directory.Exists(KeyFolder))
        {
            Directory.Delete(KeyFolder, recursive: true);
        }
    }
}

internal sealed class FixedClock(DateTime now) : IClock
{
    public DateTime UtcNow => now;

    public DateOnly Today => DateOnly.FromDateTime(now);

    public DateTime ToDistrictTime(DateTime utc) => utc;
}

/// <summary>A bit-at-a-time CRC-32 (ISO-HDLC, as PNG uses), written independently of the production code's table.</summary>
internal static class ReferenceCrc32
{
    public static uint Of(string type, ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in Encoding.ASCII.GetBytes(type).Concat(data.ToArray()))
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
