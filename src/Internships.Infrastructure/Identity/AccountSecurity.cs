using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Internships.Infrastructure.Identity;

/// <summary>A person's own credentials, through Identity's user manager (which saves as it goes, inside the command's transaction).</summary>
public sealed class AccountSecurity(UserManager<AppUser> users, IUserStore<AppUser> store, RefreshTokenStore refreshTokens) : IAccountSecurity
{
    /// <summary>The name an authenticator app shows beside the code.</summary>
    private const string Issuer = "Career-pathway internships";

    private const int RecoveryCodeCount = 10;

    public async Task<IReadOnlyList<CredentialError>> ChangePasswordAsync(int userId, string currentPassword, string newPassword,
        CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        if (!await users.HasPasswordAsync(user))
        {
            return [new("currentPassword", "Your account signs in through the district's sign-in page; it has no password here.")];
        }

        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            return [new("currentPassword", "The current password is wrong.")];
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return changed.Errors.Select(e => new CredentialError("newPassword", e.Description)).ToList();
        }

        await refreshTokens.RevokeAllAsync(userId, cancellationToken);
        return [];
    }

    public async Task EndSessionsAsync(int userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        await users.UpdateSecurityStampAsync(user);
        await refreshTokens.RevokeAllAsync(userId, cancellationToken);
    }

    public async Task<PasswordResetTicket?> CreatePasswordResetAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled || !await users.HasPasswordAsync(user))
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        return new PasswordResetTicket(user.Email!, Encode(user.Id, token));
    }

    public async Task<IReadOnlyList<CredentialError>> ResetPasswordAsync(string resetToken, string newPassword, CancellationToken cancellationToken)
    {
        CredentialError[] invalid = [new("token", "This link does not work any more: it was used already, or it expired. Ask for a new one.")];
        var decoded = Decode(resetToken);
        var user = decoded is { } link ? await users.FindByIdAsync(link.UserId.ToString(CultureInfo.InvariantCulture)) : null;
        if (user is null || user.IsDisabled)
        {
            return invalid;
        }

        var reset = await users.ResetPasswordAsync(user, decoded!.Value.Token, newPassword);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? invalid
                : reset.Errors.Select(e => new CredentialError("newPassword", e.Description)).ToList();
        }

        // Whoever reads the mailbox proved it is theirs: a lock-out from earlier failures ends too.
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateAsync(user);
        await refreshTokens.RevokeAllAsync(user.Id, cancellationToken);
        return [];
    }

    public async Task<TwoFactorState> GetTwoFactorStateAsync(int userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        return new TwoFactorState(user.TwoFactorEnabled, user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }

    public async Task<AuthenticatorSetup> StartAuthenticatorSetupAsync(int userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);

        // Through the store, not ResetAuthenticatorKeyAsync: a key not yet confirmed grants nothing, so setting one need
        // not end the sessions (that happens when two-factor sign-in is turned on).
        var key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
        Check(await users.UpdateAsync(user));

        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        return new AuthenticatorSetup(FormatKey(key), uri);
    }

    public async Task<IReadOnlyList<string>?> EnableTwoFactorAsync(int userId, string code, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        var digits = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (await users.GetAuthenticatorKeyAsync(user) is null
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return null;
        }

        Check(await users.SetTwoFactorEnabledAsync(user, true));
        await refreshTokens.RevokeAllAsync(userId, cancellationToken);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(int userId, CancellationToken cancellationToken) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(await FindAsync(userId), RecoveryCodeCount))!.ToList();

    public async Task DisableTwoFactorAsync(int userId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userId);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        await refreshTokens.RevokeAllAsync(userId, cancellationToken);
    }

    private async Task<AppUser> FindAsync(int userId) =>
        await users.FindByIdAsync(userId.ToString(CultureInfo.InvariantCulture)) ?? throw new InvalidOperationException($"Account {userId} does not exist.");

    /// <summary>The link's secret: the account's id and Identity's reset token, in one URL-safe string.</summary>
    private static string Encode(int userId, string token) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(userId.ToString(CultureInfo.InvariantCulture) + ":" + token));

    private static (int UserId, string Token)? Decode(string value)
    {
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? (id, text[(colon + 1)..])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>"JBSWY3DPEHPK3PXP" as "jbsw y3dp ehpk 3pxp": easier to type into an app.</summary>
    private static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
