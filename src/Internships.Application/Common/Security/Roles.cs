namespace Internships.Application.Common.Security;

public static class Roles
{
    public const string Student = nameof(Student);
    public const string EmployerAdmin = nameof(EmployerAdmin);
    public const string Supervisor = nameof(Supervisor);
    public const string Coordinator = nameof(Coordinator);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Student, EmployerAdmin, Supervisor, Coordinator, Admin];
}
