using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;

namespace Internships.LoadTests.Explain;

/// <summary>A signed-in student, as the host's current user would be for a load-test account.</summary>
internal sealed class LoadTestUser(int userId, int studentId) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public int? UserId => userId;

    public string? UserName => $"loadtest.user{userId}@example.test";

    public int? StudentId => studentId;

    public int? EmployerId => null;

    public int? SupervisorId => null;

    public bool IsInRole(string role) => role == Roles.Student;
}
