using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

/// <summary>
/// What the public verification page of an award shows a stranger: the badge, who issued it, to whom (only if the
/// student chose to show their name), how it was earned (for a minor, only the kinds of evidence unless they chose to
/// show more), whether it still stands (not why it was revoked), and how to share it.
/// </summary>
public sealed record AwardVerification(
    Guid AwardId,
    string BadgeName,
    string BadgeDescription,
    string Criteria,
    BadgeKind Kind,
    string ImageUrl,
    string IssuerName,
    string? EndorsedBy,
    string RecipientDisplayName,
    bool RecipientNameShown,
    DateTime IssuedAt,
    DateTime? ExpiresAt,
    AwardStatus Status,
    bool DetailsWithheld,
    IReadOnlyList<string> Skills,
    IReadOnlyList<BadgeEvidence> Evidence,
    AwardLinks Links,
    string LinkedInAddToProfileUrl)
{
    /// <summary>The badge's name in Spanish, when the district wrote one.</summary>
    public string? BadgeNameEs { get; init; }

    /// <summary>The badge's description in Spanish, when the district wrote one.</summary>
    public string? BadgeDescriptionEs { get; init; }

    /// <summary>The name and description a reader of <paramref name="culture"/> sees, each with the language it is written in.</summary>
    public (LocalizedText Name, LocalizedText Description) BadgeTextFor(System.Globalization.CultureInfo culture) => Languages.IsSpanish(culture)
        ? (LocalizedText.Pick(BadgeNameEs, BadgeName), LocalizedText.Pick(BadgeDescriptionEs, BadgeDescription))
        : (new LocalizedText(BadgeName, Languages.English), new LocalizedText(BadgeDescription, Languages.English));
}

/// <summary>A text the district wrote, and the language it is in (for the page's <c>lang</c> attribute).</summary>
public sealed record LocalizedText(string Text, string Language)
{
    /// <summary>The Spanish text where there is one, else the English.</summary>
    public static LocalizedText Pick(string? spanish, string english) =>
        string.IsNullOrWhiteSpace(spanish) ? new LocalizedText(english, Languages.English) : new LocalizedText(spanish, Languages.Spanish);
}

[AllowAnonymous]
public sealed record VerifyAwardQuery(Guid AwardId) : IQuery<AwardVerification>;

/// <summary>
/// Served from the node's cache while the award's stamp holds (<see cref="IPublicAwardCache"/>): one small query per
/// request instead of the award, its evidence and badge, and the endorser. Kept per language, in case a text is translated.
/// </summary>
public sealed class VerifyAwardHandler(IAppDbContext db, IOpenBadges openBadges, IClock clock, IPublicAwardCache cache)
    : IQueryHandler<VerifyAwardQuery, AwardVerification>
{
    public const string HiddenName = "A student of the district (name not shown)";

    public async ValueTask<AwardVerification> Handle(VerifyAwardQuery query, CancellationToken cancellationToken)
    {
        var stamp = await db.PublicAwardStampAsync(query.AwardId, clock, cancellationToken);
        return await cache.GetOrAddAsync($"verification:{System.Globalization.CultureInfo.CurrentUICulture.Name}", stamp,
            () => VerifyAsync(query.AwardId, cancellationToken));
    }

    private async Task<AwardVerification> VerifyAsync(Guid awardId, CancellationToken cancellationToken)
    {
        var award = await db.FindPublicAwardAsync(awardId, cancellationToken);
        var badge = award.BadgeClass!;
        var issuer = openBadges.IssuerProfile()["name"]?.GetValue<string>() ?? "";
        var endorser = badge.EndorsingEmployerId is { } id
            ? await db.Employers.Where(e => e.Id == id).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var links = openBadges.LinksFor(award);
        var showName = award.ShowRecipientName || award.RecipientEmployerId is not null;

        return new AwardVerification(
            award.PublicId, badge.Name, badge.Description, badge.Criteria, badge.Kind, openBadges.BadgeImageUrl(badge), issuer, endorser,
            showName ? award.RecipientName : HiddenName, showName, award.IssuedAt, award.ExpiresAt, AwardDto.StatusOf(award, clock.UtcNow),
            award.DetailsWithheldOn(clock.Today), badge.Skills,
            award.IsRevoked ? [] : award.PublicEvidenceOn(clock.Today),
            links, BadgeRules.LinkedInAddToProfileUrl(badge.Name, issuer, award, links.VerificationPage))
        {
            BadgeNameEs = badge.NameEs,
            BadgeDescriptionEs = badge.DescriptionEs,
        };
    }
}
