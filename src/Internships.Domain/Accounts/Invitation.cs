namespace Internships.Domain.Accounts;

/// <summary>
/// An e-mail invitation to open an account in one role, for the record the account will act for (a student, an employer,
/// a supervisor; none for district staff). Its link carries a one-time secret of which only a hash is kept: the link
/// works once, until <see cref="ExpiresAt"/>, and stops working when the invitation is sent again (a new secret) or revoked.
/// </summary>
public sealed class Invitation : Entity
{
    /// <summary>How long a link works after it is sent.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation() { }

    public Invitation(string email, string role, int? studentId, int? employerId, int? supervisorId, string invitedBy, string tokenHash, DateTime now)
    {
        Email = email.Trim();
        Role = role;
        StudentId = studentId;
        EmployerId = employerId;
        SupervisorId = supervisorId;
        InvitedBy = invitedBy;
        CreatedAt = now;
        Send(tokenHash, now);
    }

    public string Email { get; private set; } = "";

    /// <summary>The role the account will hold.</summary>
    public string Role { get; private set; } = "";

    public int? StudentId { get; private set; }

    public int? EmployerId { get; private set; }

    public int? SupervisorId { get; private set; }

    /// <summary>Who sent it (their account's user name).</summary>
    public string InvitedBy { get; private set; } = "";

    /// <summary>The SHA-256 of the secret in the link, in hex: the secret itself is only ever in the e-mail.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime LastSentAt { get; private set; }

    public int TimesSent { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    /// <summary>The account opened by accepting it.</summary>
    public int? AccountId { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public InvitationStatus StatusAt(DateTime now) =>
        AcceptedAt is not null ? InvitationStatus.Accepted
        : RevokedAt is not null ? InvitationStatus.Revoked
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    /// <summary>Sends it again with a new secret (the old link stops working) for another full lifetime; an expired one too.</summary>
    public void Resend(string tokenHash, DateTime now)
    {
        if (AcceptedAt is not null || RevokedAt is not null)
        {
            var state = StatusAt(now).ToString().ToLowerInvariant();
            throw new DomainRuleException(RuleKeys.Accounts.InvitationNotResent, $"The invitation was {state}; it cannot be sent again.",
                RuleMessage.Word("State", state));
        }

        Send(tokenHash, now);
    }

    public void Revoke(DateTime now)
    {
        if (StatusAt(now) is InvitationStatus.Accepted or InvitationStatus.Revoked)
        {
            var state = StatusAt(now).ToString().ToLowerInvariant();
            throw new DomainRuleException(RuleKeys.Accounts.InvitationAlready, $"The invitation was already {state}.", RuleMessage.Word("State", state));
        }

        RevokedAt = now;
    }

    /// <summary>The invitee chose a password: the account exists and the link is spent.</summary>
    public void Accept(int accountId, DateTime now)
    {
        if (StatusAt(now) != InvitationStatus.Pending)
        {
            throw new DomainRuleException(RuleKeys.Accounts.InvitationClosed, "This invitation can no longer be accepted.");
        }

        AcceptedAt = now;
        AccountId = accountId;
    }

    private void Send(string tokenHash, DateTime now)
    {
        TokenHash = tokenHash;
        LastSentAt = now;
        ExpiresAt = now + Lifetime;
        TimesSent++;
    }
}

public enum InvitationStatus
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
