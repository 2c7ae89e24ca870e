using Microsoft.AspNetCore.Identity;

namespace Internships.Infrastructure.Identity;

/// <summary>A sign-in account, linked to the student, employer or supervisor record it acts for.</summary>
public sealed class AppUser : IdentityUser<int>
{
    public int? StudentId { get; set; }

    public int? EmployerId { get; set; }

    public int? SupervisorId { get; set; }

    /// <summary>Set while the account may not sign in at all (unlike a lock-out, which ends by itself).</summary>
    public DateTime? DisabledAt { get; set; }

    /// <summary>Why: a person disabled it, or the record it acts for was deactivated (and enabling that record enables it).</summary>
    public AccountDisabledReason? DisabledReason { get; set; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>The language the person chose ("en-US", "es-US"), or null to follow their browser.</summary>
    public string? PreferredLanguage { get; set; }

    public void Disable(AccountDisabledReason reason, DateTime now)
    {
        DisabledAt = now;
        DisabledReason = reason;
        EndSessions();
    }

    public void Enable()
    {
        DisabledAt = null;
        DisabledReason = null;
        EndSessions();
    }

    /// <summary>
    /// A new security stamp: every access token, refresh token and cookie issued under the old one stops working, as
    /// <see cref="UserManager{TUser}.UpdateSecurityStampAsync"/> does (for changes saved without the user manager).
    /// </summary>
    public void EndSessions()
    {
        SecurityStamp = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}

public enum AccountDisabledReason
{
    /// <summary>A coordinator or an administrator disabled it.</summary>
    ByStaff,

    /// <summary>The student, supervisor or employer it acts for was deactivated.</summary>
    RecordDeactivated,
}

public sealed class AppRole : IdentityRole<int>
{
    public AppRole() { }

    public AppRole(string name) : base(name) { }
}

/// <summary>Claims that carry an account's links, so authorisation needs no lookup per request.</summary>
public static class AppClaimTypes
{
    public const string StudentId = "internships:student_id";
    public const string EmployerId = "internships:employer_id";
    public const string SupervisorId = "internships:supervisor_id";
}
