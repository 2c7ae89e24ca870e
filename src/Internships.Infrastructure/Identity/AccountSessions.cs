using Internships.Infrastructure.Persistence;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Identity;

/// <summary>What a session must agree with: the account's security stamp, and whether it may be used at all; and the language it chose.</summary>
public sealed record AccountSessionState(string SecurityStamp, bool IsUsable, bool TwoFactorEnabled, string? PreferredLanguage);

/// <summary>
/// Reads, for each request, the state of the account that signed it in, so that a token or cookie stops working as
/// soon as its account changes: a new security stamp (password changed, signed out everywhere, disabled, roles changed),
/// the account disabled, or the student, supervisor or employer record it acts for deactivated. A host keeps what it
/// read for <see cref="SecurityOptions.SessionCheckInterval"/> at most (a primary-key read saved per request), and
/// forgets it at once when a change it commits touches the account (<see cref="AccountSessionsNotifier"/>).
/// </summary>
public sealed class AccountSessions(AppDbContext db, IMemoryCache cache, IOptions<SecurityOptions> options)
{
    /// <summary>The account's state, or null when it no longer exists.</summary>
    public async Task<AccountSessionState?> GetAsync(int userId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(userId), out AccountSessionState? cached))
        {
            return cached;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        var state = user is null
            ? null
            : new AccountSessionState(user.SecurityStamp ?? "", !user.IsDisabled && await LinkedRecords.AreActiveAsync(db, user, cancellationToken),
                user.TwoFactorEnabled, user.PreferredLanguage);
        cache.Set(Key(userId), state, options.Value.SessionCheckInterval);
        return state;
    }

    internal static string Key(int userId) => $"account-session:{userId}";
}

/// <summary>Forgets this host's copy of an account's state once a change to the account commits.</summary>
internal sealed class AccountSessionsNotifier(IMemoryCache cache) : AfterCommitInterceptor
{
    private readonly HashSet<int> _changed = [];

    protected override void Collect(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<AppUser>().Where(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            _changed.Add(entry.Entity.Id);
        }
    }

    protected override void Committed()
    {
        foreach (var id in _changed)
        {
            cache.Remove(AccountSessions.Key(id));
        }

        _changed.Clear();
    }

    protected override void RolledBack() => _changed.Clear();
}
