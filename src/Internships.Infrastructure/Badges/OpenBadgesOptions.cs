namespace Internships.Infrastructure.Badges;

/// <summary>Who issues the district's badges and where their public documents live (section "OpenBadges").</summary>
public sealed class OpenBadgesOptions
{
    public const string Section = "OpenBadges";

    /// <summary>
    /// The origin (and optional path prefix) where /ob/... and /badges/... are served. Every public id is built on it,
    /// so it must be the address verifiers reach, not an internal one.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The issuer's name on every badge; when unset, the district's name (District:Name).</summary>
    public string? IssuerName { get; set; }

    public string IssuerEmail { get; set; } = "internships@district.example";

    /// <summary>The issuer's web site; when unset, <see cref="PublicBaseUrl"/>.</summary>
    public string? IssuerWebsite { get; set; }

    /// <summary>
    /// Where the issuer's signing keys are kept: <see cref="SigningKeyStore.Database"/> (the default, shared by every node,
    /// private halves sealed with Data Protection) or <see cref="SigningKeyStore.Folder"/> (<see cref="SigningKeysPath"/>,
    /// one node only).
    /// </summary>
    public SigningKeyStore SigningKeyStore { get; set; } = SigningKeyStore.Database;

    /// <summary>
    /// Folder of the issuer's signing keys with <see cref="SigningKeyStore.Folder"/>; with the database, where keys of an
    /// earlier release are imported from once. A relative path is kept under the host's content root.
    /// </summary>
    public string SigningKeysPath { get; set; } = "data/keys";

    /// <summary>
    /// How long a node serves the signing keys it read from the database before reading them again: a rotation on one
    /// node (or from the issuer-keys command) reaches the others within it.
    /// </summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>RSA modulus size of newly created signing keys (2048 or more; 3072 is the current recommendation).</summary>
    public int SigningKeySize { get; set; } = 3072;
}

public enum SigningKeyStore
{
    Database,
    Folder,
}
