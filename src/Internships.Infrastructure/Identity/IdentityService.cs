using Internships.Application.Common.Models;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Internships.Infrastructure.Identity;

/// <summary>
/// Accounts for the use cases. Changes to an account are made on the tracked entity and saved by the command's unit of
/// work (the user manager saves at once only where Identity keeps its own tables, such as roles); every change that must
/// end sessions gives the account a new security stamp, which the host checks on each request.
/// </summary>
public sealed class IdentityService(UserManager<AppUser> userManager, AppDbContext db, IClock clock) : IIdentityService
{
    public async Task<AccountCreationResult> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken)
    {
        var user = new AppUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            StudentId = account.StudentId,
            EmployerId = account.EmployerId,
            SupervisorId = account.SupervisorId,
        };

        var created = await userManager.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return new AccountCreationResult(null, created.Errors.Select(e => e.Description).ToList());
        }

        var inRole = await userManager.AddToRoleAsync(user, account.Role);
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException($"Could not put the new account in role {account.Role}.");
        }

        return new AccountCreationResult(user.Id, []);
    }

    public Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeEmail(email);
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    public async Task<AccountDto?> FindAccountAsync(int userId, CancellationToken cancellationToken) =>
        (await Accounts(db.Users.Where(u => u.Id == userId)).ToListAsync(cancellationToken)).Select(ToDto).FirstOrDefault();

    public async Task<AccountDto?> FindAccountByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeEmail(email.Trim());
        return (await Accounts(db.Users.Where(u => u.NormalizedEmail == normalized)).ToListAsync(cancellationToken)).Select(ToDto).FirstOrDefault();
    }

    public async Task<PagedResult<AccountDto>> ListAccountsAsync(AccountFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var users = db.Users.AsQueryable();
        if (filter.Role is { } role)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = Like.Contains(filter.Search.ToUpperInvariant());
            users = users.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern, Like.Escape));
        }

        if (filter.Status is AccountStatus.LockedOut or AccountStatus.Active)
        {
            var locked = await LockedOutIdsAsync(cancellationToken);
            users = filter.Status == AccountStatus.LockedOut
                ? users.Where(u => locked.Contains(u.Id))
                : users.Where(u => u.DisabledAt == null && !locked.Contains(u.Id));
        }
        else if (filter.Status == AccountStatus.Disabled)
        {
            users = users.Where(u => u.DisabledAt != null);
        }

        var rows = await Accounts(users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)).ToPageAsync(page, pageSize, cancellationToken);
        return new PagedResult<AccountDto>(rows.Items.Select(ToDto).ToList(), rows.Total, rows.Page, rows.PageSize);
    }

    /// <summary>
    /// The enabled accounts locked out now. Few accounts have ever been locked, and SQLite cannot compare the
    /// date-and-offset Identity keeps the lock-out's end in, so those few are compared here.
    /// </summary>
    private async Task<List<int>> LockedOutIdsAsync(CancellationToken cancellationToken)
    {
        var now = new DateTimeOffset(clock.UtcNow);
        var candidates = await db.Users.Where(u => u.DisabledAt == null && u.LockoutEnd != null)
            .Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken);
        return candidates.Where(u => u.LockoutEnd > now).Select(u => u.Id).ToList();
    }

    public async Task DisableAsync(int userId, CancellationToken cancellationToken) =>
        (await FindTrackedAsync(userId, cancellationToken)).Disable(AccountDisabledReason.ByStaff, clock.UtcNow);

    public async Task EnableAsync(int userId, CancellationToken cancellationToken) => (await FindTrackedAsync(userId, cancellationToken)).Enable();

    public async Task<string?> GetPreferredLanguageAsync(int userId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PreferredLanguage).FirstOrDefaultAsync(cancellationToken);

    public async Task<string?> FindPreferredLanguageAsync(string email, AccountLink? link, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeEmail(email);
        var (studentId, employerId, supervisorId) = (link?.StudentId, link?.EmployerId, link?.SupervisorId);
        var chosen = await db.Users.AsNoTracking()
            .Where(u => u.PreferredLanguage != null && (u.NormalizedEmail == normalized
                || (studentId != null && u.StudentId == studentId) || (employerId != null && u.EmployerId == employerId)
                || (supervisorId != null && u.SupervisorId == supervisorId)))
            .Select(u => new LanguageChoice(u.Id, u.NormalizedEmail, u.StudentId, u.EmployerId, u.SupervisorId, u.PreferredLanguage!))
            .ToListAsync(cancellationToken);
        return LanguageChoice.For(chosen, normalized, link);
    }

    public async Task<IReadOnlyList<string?>> FindPreferredLanguagesAsync(IReadOnlyList<(string Email, AccountLink? Link)> recipients,
        CancellationToken cancellationToken)
    {
        var normalized = recipients.Select(r => userManager.NormalizeEmail(r.Email)).ToList();
        var emails = normalized.Where(e => e is not null).Distinct().ToList();
        var studentIds = recipients.Select(r => r.Link?.StudentId).OfType<int>().Distinct().ToList();
        var employerIds = recipients.Select(r => r.Link?.EmployerId).OfType<int>().Distinct().ToList();
        var supervisorIds = recipients.Select(r => r.Link?.SupervisorId).OfType<int>().Distinct().ToList();

        // Only accounts that chose a language are read: few, however many recipients there are.
        var chosen = await db.Users.AsNoTracking()
            .Where(u => u.PreferredLanguage != null && (emails.Contains(u.NormalizedEmail!)
                || (u.StudentId != null && studentIds.Contains(u.StudentId.Value)) || (u.EmployerId != null && employerIds.Contains(u.EmployerId.Value))
                || (u.SupervisorId != null && supervisorIds.Contains(u.SupervisorId.Value))))
            .Select(u => new LanguageChoice(u.Id, u.NormalizedEmail, u.StudentId, u.EmployerId, u.SupervisorId, u.PreferredLanguage!))
            .ToListAsync(cancellationToken);
        if (chosen.Count == 0)
        {
            return recipients.Select(_ => (string?)null).ToList();
        }

        var byEmail = chosen.Where(c => c.NormalizedEmail is not null).ToLookup(c => c.NormalizedEmail!);
        var byStudent = chosen.Where(c => c.StudentId is not null).ToLookup(c => c.StudentId!.Value);
        var byEmployer = chosen.Where(c => c.EmployerId is not null).ToLookup(c => c.EmployerId!.Value);
        var bySupervisor = chosen.Where(c => c.SupervisorId is not null).ToLookup(c => c.SupervisorId!.Value);
        return recipients.Select((recipient, i) =>
        {
            var link = recipient.Link;
            var candidates = (normalized[i] is { } email ? byEmail[email] : [])
                .Concat(link?.StudentId is { } student ? byStudent[student] : [])
                .Concat(link?.EmployerId is { } employer ? byEmployer[employer] : [])
                .Concat(link?.SupervisorId is { } supervisor ? bySupervisor[supervisor] : []);
            return LanguageChoice.For(candidates, normalized[i], link);
        }).ToList();
    }

    /// <summary>An account that chose a language, and which recipient's it is: by e-mail address, else by the record it acts for.</summary>
    private sealed record LanguageChoice(int Id, string? NormalizedEmail, int? StudentId, int? EmployerId, int? SupervisorId, string Language)
    {
        /// <summary>The one rule: the account with the recipient's address first, then the lowest id among those acting for the record.</summary>
        public static string? For(IEnumerable<LanguageChoice> accounts, string? normalizedEmail, AccountLink? link) => accounts
            .Where(a => (normalizedEmail is not null && a.NormalizedEmail == normalizedEmail) || (link?.StudentId is { } s && a.StudentId == s)
                || (link?.EmployerId is { } e && a.EmployerId == e) || (link?.SupervisorId is { } v && a.SupervisorId == v))
            .OrderByDescending(a => normalizedEmail is not null && a.NormalizedEmail == normalizedEmail).ThenBy(a => a.Id)
            .Select(a => a.Language).FirstOrDefault();
    }

    public async Task SetPreferredLanguageAsync(int userId, string? language, CancellationToken cancellationToken) =>
        (await FindTrackedAsync(userId, cancellationToken)).PreferredLanguage = language;

    public async Task UnlockAsync(int userId, CancellationToken cancellationToken)
    {
        var user = await FindTrackedAsync(userId, cancellationToken);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
    }

    public async Task SetRolesAsync(int userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var user = await FindTrackedAsync(userId, cancellationToken);
        var current = await userManager.GetRolesAsync(user);
        Check(await userManager.RemoveFromRolesAsync(user, current.Except(roles)));
        Check(await userManager.AddToRolesAsync(user, roles.Except(current)));

        // Removing and adding roles change the stamp already; say it here too, so no path keeps a session with the old roles.
        user.EndSessions();
    }

    public async Task DisableLinkedAccountsAsync(AccountLink link, CancellationToken cancellationToken)
    {
        foreach (var user in await LinkedTo(link).ToListAsync(cancellationToken))
        {
            if (user.IsDisabled)
            {
                user.EndSessions();
            }
            else
            {
                user.Disable(AccountDisabledReason.RecordDeactivated, clock.UtcNow);
            }
        }
    }

    public async Task RestoreLinkedAccountsAsync(AccountLink link, CancellationToken cancellationToken)
    {
        var users = await LinkedTo(link).Where(u => u.DisabledReason == AccountDisabledReason.RecordDeactivated).ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            if (await LinkedRecords.AreActiveAsync(db, user, cancellationToken))
            {
                user.Enable();
            }
        }
    }

    private IQueryable<AppUser> LinkedTo(AccountLink link) =>
        link.StudentId is { } studentId ? db.Users.Where(u => u.StudentId == studentId)
        : link.SupervisorId is { } supervisorId ? db.Users.Where(u => u.SupervisorId == supervisorId)
        : link.EmployerId is { } employerId ? db.Users.Where(u => u.EmployerId == employerId)
        : throw new ArgumentException("A link names a student, a supervisor or an employer.", nameof(link));

    private async Task<AppUser> FindTrackedAsync(int userId, CancellationToken cancellationToken) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
        ?? throw new InvalidOperationException($"Account {userId} does not exist.");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private IQueryable<AccountRow> Accounts(IQueryable<AppUser> users) =>
        users.AsNoTracking().Select(u => new AccountRow(
            u.Id,
            u.Email!,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            u.StudentId,
            u.EmployerId,
            u.SupervisorId,
            u.DisabledAt,
            u.DisabledReason,
            u.LockoutEnd,
            u.TwoFactorEnabled,
            u.PasswordHash != null));

    private AccountDto ToDto(AccountRow u) => new(u.Id, u.Email, u.Roles, u.StudentId, u.EmployerId, u.SupervisorId, u.DisabledAt is not null,
        u.DisabledAt, u.DisabledReason == AccountDisabledReason.RecordDeactivated,
        u.LockoutEnd is { } end && end > new DateTimeOffset(clock.UtcNow) ? end.UtcDateTime : null, u.TwoFactorEnabled, u.HasPassword);

    private sealed record AccountRow(int Id, string Email, List<string> Roles, int? StudentId, int? EmployerId, int? SupervisorId,
        DateTime? DisabledAt, AccountDisabledReason? DisabledReason, DateTimeOffset? LockoutEnd, bool TwoFactorEnabled, bool HasPassword);
}

/// <summary>Whether the records an account acts for are all active: an account whose record is not has no session.</summary>
internal static class LinkedRecords
{
    public static Task<bool> AreActiveAsync(AppDbContext db, AppUser user, CancellationToken cancellationToken) =>
        Application.Features.Users.UserRules.RecordsAreActiveAsync(db, user.StudentId, user.EmployerId, user.SupervisorId, cancellationToken);
}
