namespace Internships.Infrastructure.Identity;

/// <summary>
/// A refresh token the API handed out, kept as a SHA-256 hash only. It works once: redeeming it marks it used and issues
/// the next token of the same family. Presenting a used one again means it was copied, so the whole family (every token
/// descended from that sign-in) is revoked. It is bound to the account's security stamp when issued: a password change,
/// "sign out everywhere" or disabling the account ends it too.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken() { }

    public RefreshToken(int userId, string tokenHash, Guid familyId, string securityStamp, DateTime now, TimeSpan lifetime)
    {
        UserId = userId;
        TokenHash = tokenHash;
        FamilyId = familyId;
        SecurityStamp = securityStamp;
        CreatedAt = now;
        ExpiresAt = now + lifetime;
    }

    public long Id { get; private set; }

    public int UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    /// <summary>Every token descended from one sign-in.</summary>
    public Guid FamilyId { get; private set; }

    public string SecurityStamp { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }
}
