namespace Internships.Application.Common.Security;

/// <summary>
/// The identity background jobs act under: signed in, in the <see cref="Roles.System"/> role only, linked to no
/// record. A job's scope gets it from the job runner; nothing else hands it out (docs/adr/0007).
/// </summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();

    private SystemUser() { }

    public bool IsAuthenticated => true;

    public int? UserId => null;

    public string? UserName => "system";

    public int? StudentId => null;

    public int? EmployerId => null;

    public int? SupervisorId => null;

    public bool IsInRole(string role) => role == Roles.System;
}
