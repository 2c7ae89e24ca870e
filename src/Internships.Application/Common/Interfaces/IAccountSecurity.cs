namespace Internships.Application.Common.Interfaces;

/// <summary>A person's own sign-in credentials: password, sessions and two-factor sign-in, kept by the identity store.</summary>
public interface IAccountSecurity
{
    /// <summary>Checks the current password and sets the new one; the account's sessions end. Refusals name the field at fault.</summary>
    Task<IReadOnlyList<CredentialError>> ChangePasswordAsync(int userId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Ends every session of the account: access tokens, refresh tokens and sign-in cookies.</summary>
    Task EndSessionsAsync(int userId, CancellationToken cancellationToken);

    /// <summary>
    /// A password-reset secret for the account with this address, or null when there is none that may reset its password
    /// (unknown, disabled, or signing in only through the district's provider).
    /// </summary>
    Task<PasswordResetTicket?> CreatePasswordResetAsync(string email, CancellationToken cancellationToken);

    /// <summary>Sets a new password with a reset secret; the secret then stops working and the account's sessions end.</summary>
    Task<IReadOnlyList<CredentialError>> ResetPasswordAsync(string resetToken, string newPassword, CancellationToken cancellationToken);

    Task<TwoFactorState> GetTwoFactorStateAsync(int userId, CancellationToken cancellationToken);

    /// <summary>A new authenticator key to scan, while two-factor sign-in is off; it is used once a code from it is confirmed.</summary>
    Task<AuthenticatorSetup> StartAuthenticatorSetupAsync(int userId, CancellationToken cancellationToken);

    /// <summary>Turns two-factor sign-in on when the code matches the key being set up; null when it does not.</summary>
    Task<IReadOnlyList<string>?> EnableTwoFactorAsync(int userId, string code, CancellationToken cancellationToken);

    /// <summary>A new set of recovery codes; the earlier ones stop working.</summary>
    Task<IReadOnlyList<string>> NewRecoveryCodesAsync(int userId, CancellationToken cancellationToken);

    Task DisableTwoFactorAsync(int userId, CancellationToken cancellationToken);
}

/// <summary>A refusal, for the request field at fault.</summary>
public sealed record CredentialError(string Field, string Message);

/// <summary>Whom to write to, and the secret their link carries.</summary>
public sealed record PasswordResetTicket(string Email, string Token);

public sealed record TwoFactorState(bool Enabled, int RecoveryCodesLeft);

/// <summary>The key an authenticator app needs: typed in, or scanned from the otpauth:// address as a QR code.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);

/// <summary>How people sign in here: whether the district's own sign-in (SSO) is set up, and whether staff need a second factor.</summary>
public interface ISignInPolicy
{
    bool DistrictSignInConfigured { get; }

    bool TwoFactorRequiredForStaff { get; }
}
