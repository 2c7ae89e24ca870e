using Internships.Application.Common.Security;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Identity;

/// <summary>
/// The API's refresh tokens (see <see cref="RefreshToken"/>): issued at sign-in, rotated on each use. Sign-in is not a
/// use case of the mediator (it is the identity framework's job, as the password check is), so these rows are written
/// here, each by one statement that stands alone.
/// </summary>
public sealed class RefreshTokenStore(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, IClock clock,
    IOptions<SecurityOptions> options)
{
    /// <summary>A new refresh token for the account: the first of a family at sign-in, or the next one of <paramref name="familyId"/>.</summary>
    public async Task<string> IssueAsync(AppUser user, Guid? familyId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var secret = SecretTokens.New();
        db.RefreshTokens.Add(new RefreshToken(user.Id, SecretTokens.Hash(secret), familyId ?? Guid.NewGuid(), user.SecurityStamp ?? "", now,
            options.Value.RefreshTokenLifetime));
        await db.SaveChangesAsync(cancellationToken);

        // Tidy as we go: tokens past their time are no use to anyone.
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        return secret;
    }

    /// <summary>
    /// Spends a refresh token: the account it belongs to, while the token is unused, unexpired, issued under the account's
    /// current security stamp, and the account may sign in; otherwise null. A token presented a second time revokes its family.
    /// </summary>
    public async Task<(AppUser User, Guid FamilyId)?> RedeemAsync(string secret, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var hash = SecretTokens.Hash(secret);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null)
        {
            return null;
        }

        // One statement claims the token, so two requests racing with the same one cannot both succeed.
        var claimed = await db.RefreshTokens.Where(t => t.Id == token.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            if (token.RevokedAt is null)
            {
                // Used before: someone holds a copy. Nobody can tell which holder is the rightful one, so both lose it.
                await RevokeFamilyAsync(token.FamilyId, now, cancellationToken);
            }

            return null;
        }

        var user = await users.FindByIdAsync(token.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (token.ExpiresAt <= now || user is null || user.SecurityStamp != token.SecurityStamp || !await signIn.CanSignInAsync(user))
        {
            await RevokeFamilyAsync(token.FamilyId, now, cancellationToken);
            return null;
        }

        return (user, token.FamilyId);
    }

    /// <summary>The account a refresh token was issued to (used or not), for counting attempts per account; null for an unknown token.</summary>
    public async Task<int?> OwnerOfAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(secret);
        return await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (int?)t.UserId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether a family was revoked, e.g. by a reuse racing with its rotation.</summary>
    public Task<bool> IsRevokedAsync(Guid familyId, CancellationToken cancellationToken) =>
        db.RefreshTokens.AnyAsync(t => t.FamilyId == familyId && t.RevokedAt != null, cancellationToken);

    public Task RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken) => RevokeFamilyAsync(familyId, clock.UtcNow, cancellationToken);

    /// <summary>Every refresh token of the account stops working (they would anyway with its new stamp; this says so in the table).</summary>
    public Task RevokeAllAsync(int userId, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.UtcNow), cancellationToken);

    private Task RevokeFamilyAsync(Guid familyId, DateTime now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
