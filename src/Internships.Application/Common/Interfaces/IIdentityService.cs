namespace Internships.Application.Common.Interfaces;

/// <summary>User accounts, kept by the identity store beside the domain data.</summary>
public interface IIdentityService
{
    /// <summary>Creates an account in one role, linked to the record it acts for; returns what the password policy refused.</summary>
    Task<AccountCreationResult> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken);

    Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken);

    Task<AccountDto?> FindAccountAsync(int userId, CancellationToken cancellationToken);

    Task<Models.PagedResult<AccountDto>> ListAccountsAsync(string? role, int page, int pageSize, CancellationToken cancellationToken);
}

public sealed record NewAccount(string Email, string Password, string Role, int? StudentId, int? EmployerId, int? SupervisorId);

public sealed record AccountCreationResult(int? UserId, IReadOnlyList<string> PasswordErrors)
{
    public bool Succeeded => UserId is not null;
}

public sealed record AccountDto(int Id, string Email, IReadOnlyList<string> Roles, int? StudentId, int? EmployerId, int? SupervisorId);
