namespace Internships.Application.Features.Credentials;

/// <summary>Whether the account signs in with a code from an authenticator app, and whether its roles must.</summary>
public sealed record TwoFactorStatusDto(bool Enabled, int RecoveryCodesLeft, bool Required);

/// <summary>One-time codes for signing in without the app: shown once, to be kept somewhere safe.</summary>
public sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes);
