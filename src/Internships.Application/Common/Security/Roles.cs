namespace Internships.Application.Common.Security;

public static class Roles
{
    public const string Student = nameof(Student);
    public const string EmployerAdmin = nameof(EmployerAdmin);
    public const string Supervisor = nameof(Supervisor);
    public const string Coordinator = nameof(Coordinator);
    public const string Admin = nameof(Admin);

    /// <summary>
    /// Background jobs (<see cref="SystemUser"/>), never a person: it is not in <see cref="All"/>, so no account can be
    /// created in it or put in it, and the HTTP user never holds it, whatever their token or cookie claims
    /// (docs/adr/0007). Requests meant only for jobs say <c>[Authorize(Roles.System)]</c>.
    /// </summary>
    public const string System = nameof(System);

    /// <summary>The roles an account can hold.</summary>
    public static readonly IReadOnlyList<string> All = [Student, EmployerAdmin, Supervisor, Coordinator, Admin];

    /// <summary>
    /// The district's own staff: they see every record, so they need a second factor when
    /// <c>Security:RequireTwoFactorForStaff</c> says so, and only an administrator opens, changes or disables their accounts.
    /// </summary>
    public static readonly IReadOnlyList<string> DistrictStaff = [Coordinator, Admin];

    public static bool IncludesDistrictStaff(IEnumerable<string> roles) => roles.Any(DistrictStaff.Contains);
}
