namespace Internships.Application.Common.Interfaces;

/// <summary>User accounts, kept by the identity store beside the domain data.</summary>
public interface IIdentityService
{
    /// <summary>Creates an account in one role, linked to the record it acts for; returns what the password policy refused.</summary>
    Task<AccountCreationResult> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken);

    Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken);

    Task<AccountDto?> FindAccountAsync(int userId, CancellationToken cancellationToken);

    /// <summary>The account with this e-mail address (matched as Identity normalises it), if any.</summary>
    Task<AccountDto?> FindAccountByEmailAsync(string email, CancellationToken cancellationToken);

    Task<Models.PagedResult<AccountDto>> ListAccountsAsync(AccountFilter filter, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The account may no longer sign in, and every session it has ends now.</summary>
    Task DisableAsync(int userId, CancellationToken cancellationToken);

    Task EnableAsync(int userId, CancellationToken cancellationToken);

    /// <summary>Ends a lock-out after failed sign-ins, and forgets the failures.</summary>
    Task UnlockAsync(int userId, CancellationToken cancellationToken);

    /// <summary>Replaces the account's roles; its sessions end, so the new roles apply from its next sign-in.</summary>
    Task SetRolesAsync(int userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>The language the account chose ("en-US", "es-US"), or null when it follows the browser.</summary>
    Task<string?> GetPreferredLanguageAsync(int userId, CancellationToken cancellationToken);

    /// <summary>
    /// The language chosen by the account with this e-mail address, or else by an account acting for the record
    /// (<paramref name="link"/>, whose e-mail address may differ from the record's); null when none chose one.
    /// </summary>
    Task<string?> FindPreferredLanguageAsync(string email, AccountLink? link, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="FindPreferredLanguageAsync"/> for many recipients at once (one query whatever their number), in the
    /// order given: for queuing a matching round's offers.
    /// </summary>
    Task<IReadOnlyList<string?>> FindPreferredLanguagesAsync(IReadOnlyList<(string Email, AccountLink? Link)> recipients, CancellationToken cancellationToken);

    /// <summary>Stores the account's language (unsaved: the caller's unit of work saves); null follows the browser again.</summary>
    Task SetPreferredLanguageAsync(int userId, string? language, CancellationToken cancellationToken);

    /// <summary>Disables the accounts that act for a record just deactivated, and ends their sessions (unsaved: the caller's unit of work saves).</summary>
    Task DisableLinkedAccountsAsync(AccountLink link, CancellationToken cancellationToken);

    /// <summary>Enables again the accounts that were disabled only because that record was deactivated, once all their records are active.</summary>
    Task RestoreLinkedAccountsAsync(AccountLink link, CancellationToken cancellationToken);
}

public sealed record NewAccount(string Email, string Password, string Role, int? StudentId, int? EmployerId, int? SupervisorId);

public sealed record AccountCreationResult(int? UserId, IReadOnlyList<string> PasswordErrors)
{
    public bool Succeeded => UserId is not null;
}

/// <summary>A record accounts act for: exactly one of the ids is set.</summary>
public sealed record AccountLink(int? StudentId = null, int? EmployerId = null, int? SupervisorId = null);

public enum AccountStatus
{
    /// <summary>May sign in.</summary>
    Active,

    /// <summary>Disabled by a person or with its record.</summary>
    Disabled,

    /// <summary>Locked for a while after repeated failed sign-ins.</summary>
    LockedOut,
}

/// <summary>Which accounts a list shows: <see cref="Search"/> matches the e-mail address.</summary>
public sealed record AccountFilter(string? Search, string? Role, AccountStatus? Status);

public sealed record AccountDto(
    int Id,
    string Email,
    IReadOnlyList<string> Roles,
    int? StudentId,
    int? EmployerId,
    int? SupervisorId,
    bool IsDisabled,
    DateTime? DisabledAt,
    bool DisabledWithRecord,
    DateTime? LockedOutUntil,
    bool TwoFactorEnabled,
    bool HasPassword);
