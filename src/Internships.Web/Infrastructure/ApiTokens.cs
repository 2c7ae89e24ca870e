using System.Globalization;
using Internships.Application.Common.Interfaces;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>What a successful API sign-in answers (the shape the bearer-token scheme uses).</summary>
public sealed record AccessTokens(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

/// <summary>The first step of a two-factor sign-in: send the code with this token to <c>/api/auth/login/two-factor</c>.</summary>
public sealed record TwoFactorChallenge(bool RequiresTwoFactor, string TwoFactorToken, long ExpiresIn);

/// <summary>
/// Hands out the API's credentials: a bearer access token (sealed by the bearer-token scheme, carrying the account's
/// security stamp, which every request checks) with a refresh token of our own (hashed, single-use, see
/// <see cref="RefreshTokenStore"/>); and, between the two steps of a two-factor sign-in, a short-lived token that names
/// the account and its stamp.
/// </summary>
public sealed class ApiTokens(
    SignInManager<AppUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearer,
    RefreshTokenStore refreshTokens,
    IDataProtectionProvider dataProtection,
    IOptions<SecurityOptions> options,
    TimeProvider time)
{
    private static readonly TimeSpan TwoFactorStepLifetime = TimeSpan.FromMinutes(5);

    private ITimeLimitedDataProtector TwoFactorProtector =>
        dataProtection.CreateProtector("Internships.Api.TwoFactorSignIn").ToTimeLimitedDataProtector();

    public async Task<AccessTokens> IssueAsync(AppUser user, Guid? refreshFamily, CancellationToken cancellationToken)
    {
        // The machine's time, as the bearer handler checks it: a token's life is not the district's day.
        var now = time.GetUtcNow();
        var lifetime = options.Value.AccessTokenLifetime;
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + lifetime },
            IdentityConstants.BearerScheme);
        var accessToken = bearer.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Protect(ticket);
        var refreshToken = await refreshTokens.IssueAsync(user, refreshFamily, cancellationToken);
        return new AccessTokens("Bearer", accessToken, (long)lifetime.TotalSeconds, refreshToken);
    }

    public TwoFactorChallenge TwoFactorChallengeFor(AppUser user) => new(true,
        TwoFactorProtector.Protect(user.Id.ToString(CultureInfo.InvariantCulture) + ":" + user.SecurityStamp, TwoFactorStepLifetime),
        (long)TwoFactorStepLifetime.TotalSeconds);

    /// <summary>The account a two-factor token was issued for, while it is fresh and the account unchanged; otherwise null.</summary>
    public async Task<AppUser?> ReadTwoFactorChallengeAsync(string token)
    {
        string payload;
        try
        {
            payload = TwoFactorProtector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        var user = colon > 0 ? await signIn.UserManager.FindByIdAsync(payload[..colon]) : null;
        return user is not null && user.SecurityStamp == payload[(colon + 1)..] ? user : null;
    }
}
