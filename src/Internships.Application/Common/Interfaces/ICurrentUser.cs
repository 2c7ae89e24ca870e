namespace Internships.Application.Common.Interfaces;

/// <summary>Who is making the request, and which student, employer or supervisor record their account is linked to.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    int? UserId { get; }

    /// <summary>The account's user name (its e-mail address), for records of who did what.</summary>
    string? UserName { get; }

    int? StudentId { get; }

    int? EmployerId { get; }

    int? SupervisorId { get; }

    bool IsInRole(string role);
}
