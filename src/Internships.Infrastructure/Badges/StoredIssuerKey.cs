namespace Internships.Infrastructure.Badges;

/// <summary>
/// One of the issuer's signing keys as the database keeps it: the public half in the clear (the JWKS is built from it
/// without opening anything) and the private half sealed with Data Protection. The newest key not retired signs; every
/// key stays published, so what a retired key signed still verifies.
/// </summary>
public sealed class StoredIssuerKey
{
    public int Id { get; set; }

    /// <summary>The RFC 7638 thumbprint of the public key (the JWK's "kid").</summary>
    public string KeyId { get; set; } = "";

    /// <summary>The public key, SubjectPublicKeyInfo PEM.</summary>
    public string PublicKeyPem { get; set; } = "";

    /// <summary>The PKCS#8 private key, sealed with the Data Protection purpose <see cref="DatabaseIssuerKeyStorage.Purpose"/>.</summary>
    public string ProtectedPrivateKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When it stopped signing (it stays published); null while it may sign.</summary>
    public DateTime? RetiredAt { get; set; }
}
