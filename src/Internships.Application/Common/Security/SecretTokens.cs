using System.Security.Cryptography;
using System.Text;

namespace Internships.Application.Common.Security;

/// <summary>
/// One-time secrets sent in links or handed to API clients (invitations, refresh tokens): 256 random bits, URL-safe.
/// Only their SHA-256 hash is stored, so reading the database does not give anyone a working link or token; a random
/// secret of this size needs no salt or slow hash.
/// </summary>
public static class SecretTokens
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form: SHA-256 in upper-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
