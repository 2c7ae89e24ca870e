using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Internships.Infrastructure.Badges;

/// <summary>One of the issuer's RSA key pairs: the private half signs credentials, the public half goes in the JWKS.</summary>
public sealed class IssuerSigningKey
{
    private readonly string _modulus;
    private readonly string _exponent;

    internal IssuerSigningKey(RSA rsa)
    {
        var publicParameters = rsa.ExportParameters(includePrivateParameters: false);
        _modulus = Base64Url.EncodeToString(publicParameters.Modulus!);
        _exponent = Base64Url.EncodeToString(publicParameters.Exponent!);
        KeyId = Thumbprint(_exponent, _modulus);
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The RFC 7638 thumbprint of the public key: stable, derived from the key itself, never reused.</summary>
    public string KeyId { get; }

    public int KeySize => SigningCredentials.Key.KeySize;

    internal SigningCredentials SigningCredentials { get; }

    /// <summary>The public key as a JWK: the members RFC 7518 defines for an RSA public key, and nothing private.</summary>
    public JsonObject PublicJwk() => new()
    {
        ["kty"] = "RSA",
        ["use"] = "sig",
        ["alg"] = "RS256",
        ["kid"] = KeyId,
        ["n"] = _modulus,
        ["e"] = _exponent,
    };

    /// <summary>
    /// RFC 7638: SHA-256 over the required members in lexicographic order with no whitespace, base64url-encoded.
    /// The base64url alphabet needs no JSON escaping, so the canonical form can be written directly.
    /// </summary>
    public static string Thumbprint(string exponent, string modulus) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"e":"{{exponent}}","kty":"RSA","n":"{{modulus}}"}""")));
}
