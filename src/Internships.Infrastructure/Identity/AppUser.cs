using Microsoft.AspNetCore.Identity;

namespace Internships.Infrastructure.Identity;

/// <summary>A sign-in account, linked to the student, employer or supervisor record it acts for.</summary>
public sealed class AppUser : IdentityUser<int>
{
    public int? StudentId { get; set; }

    public int? EmployerId { get; set; }

    public int? SupervisorId { get; set; }
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
