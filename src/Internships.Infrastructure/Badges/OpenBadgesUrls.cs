namespace Internships.Infrastructure.Badges;

/// <summary>The public addresses of the issuer, badges, awards and status lists, all on the configured origin.</summary>
public sealed class OpenBadgesUrls(string publicBaseUrl)
{
    public string Base { get; } = publicBaseUrl.TrimEnd('/');

    public string Issuer => $"{Base}/ob/v2/issuer";

    public string BadgeClass(Guid badge) => $"{Base}/ob/v2/badges/{badge}";

    public string BadgeImage(Guid badge) => $"{BadgeClass(badge)}/image";

    public string Assertion(Guid award) => $"{Base}/ob/v2/assertions/{award}";

    public string AssertionImage(Guid award) => $"{Assertion(award)}/image";

    public string Credential(Guid award) => $"{Base}/ob/v3/credentials/{award}";

    public string CredentialImage(Guid award) => $"{Credential(award)}/image";

    public string VerificationPage(Guid award) => $"{Base}/badges/{award}";

    public string StatusList(int listNumber) => $"{Base}/ob/v3/status/{listNumber}";

    /// <summary>Where one public key can be fetched: what a credential's "kid" says, so a verifier can resolve it.</summary>
    public string Key(string thumbprint) => $"{Base}/ob/v3/keys/{thumbprint}";
}
