using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>
/// Opens each API access token once per node. Opening one (key derivation, decryption, MAC check, then reading the
/// ticket) is the dearest step of a signed-in GET, and a client sends the same token with every request for its hour.
/// The sealed token cannot change, so what it opened to stays true for the token's life; whether the account may still
/// use it (security stamp, disabled, inactive) is not the token's business but <see cref="AccountSessionValidation"/>'s,
/// checked on every request as before. Each request gets its own copy of the ticket, so nothing one request does to its
/// user reaches another's. Tokens that do not open are not remembered, so garbage cannot fill the memory; at most
/// <see cref="Capacity"/> tokens are, by a hash of the token, until they expire.
/// </summary>
public sealed class RememberedBearerTickets : IDisposable
{
    public const int Capacity = 100_000;

    private readonly MemoryCache opened = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>How many tokens this node remembers now (for tests and diagnostics).</summary>
    public int RememberedCount => opened.Count;

    public AuthenticationTicket? Unprotect(ISecureDataFormat<AuthenticationTicket> sealer, string? token, string? purpose)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var key = Key(token, purpose);
        if (opened.TryGetValue(key, out AuthenticationTicket? known) && known is not null)
        {
            return known.Clone();
        }

        var ticket = purpose is null ? sealer.Unprotect(token) : sealer.Unprotect(token, purpose);
        if (ticket?.Properties.ExpiresUtc is { } expires)
        {
            opened.Set(key, ticket.Clone(), new MemoryCacheEntryOptions { AbsoluteExpiration = expires, Size = 1 });
        }

        return ticket;
    }

    public void Dispose() => opened.Dispose();

    private static string Key(string token, string? purpose)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(purpose is null ? token : purpose + "\n" + token), hash);
        return Convert.ToBase64String(hash);
    }
}

/// <summary>The bearer scheme's token format, opening through <see cref="RememberedBearerTickets"/>; sealing is unchanged.</summary>
internal sealed class RememberingTicketFormat(ISecureDataFormat<AuthenticationTicket> sealer, RememberedBearerTickets remembered)
    : ISecureDataFormat<AuthenticationTicket>
{
    public string Protect(AuthenticationTicket data) => sealer.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => sealer.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => remembered.Unprotect(sealer, protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) => remembered.Unprotect(sealer, protectedText, purpose);
}

/// <summary>Puts <see cref="RememberingTicketFormat"/> in front of the access-token format the bearer scheme set up.</summary>
internal sealed class RememberBearerTickets(RememberedBearerTickets remembered) : IPostConfigureOptions<BearerTokenOptions>
{
    public void PostConfigure(string? name, BearerTokenOptions options)
    {
        if (name == IdentityConstants.BearerScheme && options.BearerTokenProtector is not RememberingTicketFormat)
        {
            options.BearerTokenProtector = new RememberingTicketFormat(options.BearerTokenProtector, remembered);
        }
    }
}
