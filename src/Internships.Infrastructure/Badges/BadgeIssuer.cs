namespace Internships.Infrastructure.Badges;

/// <summary>The district as the issuer of every badge, resolved from <see cref="OpenBadgesOptions"/>.</summary>
public sealed record BadgeIssuer(string Id, string Name, string Url, string Email);
