using Internships.Application.Features.Postings;
using Internships.Domain.Postings;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Infrastructure.Search;

/// <summary>
/// The postings taking applications, held in memory for search: students search far more often than postings change,
/// and a text search over every open posting is too slow to run in SQL a thousand times a second. The database stays
/// the source of truth: the persistence layer reports each committed change to a posting, and the next search reloads
/// just those postings first, so a search sees every write that finished before it. Changes made by other instances
/// of the host sharing the database are picked up in the background: every <see cref="MaxAge"/> the postings' versions
/// are compared (and the changed ones read), every <see cref="FullReloadAge"/> everything is read again.
/// One per host (a singleton); <see cref="Persistence.PostingCatalogNotifier"/> reports the changes committed here.
/// </summary>
internal sealed class OpenPostingsCatalog(IServiceScopeFactory scopes, IClock clock) : IOpenPostingsCatalog
{
    /// <summary>How often each open posting's version is compared with the database (cheap: ids and versions only).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    /// <summary>How often everything is read again anyway (an employer renamed on another instance changes no version).</summary>
    public static readonly TimeSpan FullReloadAge = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private readonly Lock _pendingLock = new();
    private HashSet<int> _changed = [];
    private bool _reloadAll = true;
    private volatile CatalogSnapshot _snapshot = CatalogSnapshot.Empty;
    private int _refreshing;

    /// <summary>Postings that changed in a committed transaction.</summary>
    public void PostingsChanged(IEnumerable<int> postingIds)
    {
        lock (_pendingLock)
        {
            _changed.UnionWith(postingIds);
        }
    }

    /// <summary>Something every posting shows changed (an employer's name): reload them all.</summary>
    public void EverythingChanged()
    {
        lock (_pendingLock)
        {
            _reloadAll = true;
        }
    }

    /// <summary>
    /// The snapshot to search. Changes committed here are read first (only the postings that changed), so a search sees
    /// every write that finished before it. A snapshot that is merely old is still served while a fresh one loads in the
    /// background: a full reload takes a moment, and searches should not queue behind it.
    /// </summary>
    public async ValueTask<CatalogSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (HasPendingChanges())
        {
            await ReloadAsync(cancellationToken);
            return _snapshot;
        }

        if (clock.UtcNow - snapshot.BuiltAt >= MaxAge && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RefreshAsync(CancellationToken.None);
                }
                finally
                {
                    Volatile.Write(ref _refreshing, 0);
                }
            }, CancellationToken.None);
        }

        return snapshot;
    }

    /// <summary>
    /// Picks up what other instances changed: the postings whose version differs from the snapshot's, new ones, and
    /// ones no longer open; and everything when the last full read is old.
    /// </summary>
    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (clock.UtcNow - snapshot.LoadedInFullAt >= FullReloadAge)
        {
            EverythingChanged();
        }
        else
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var versions = await db.Postings.AsNoTracking().Where(p => p.Status == PostingStatus.Open)
                .Select(p => new { p.Id, p.Version }).ToDictionaryAsync(p => p.Id, p => p.Version, cancellationToken);
            PostingsChanged(versions.Where(v => !snapshot.ById.TryGetValue(v.Key, out var entry) || entry.Version != v.Value).Select(v => v.Key)
                .Concat(snapshot.ById.Keys.Where(id => !versions.ContainsKey(id))));
        }

        await ReloadAsync(cancellationToken, checkedAt: clock.UtcNow);
    }

    private async Task ReloadAsync(CancellationToken cancellationToken, DateTime? checkedAt = null)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (!HasPendingChanges())
            {
                if (checkedAt is { } unchangedAt)
                {
                    _snapshot = _snapshot.CheckedAt(unchangedAt);
                }

                return;
            }

            // Take what changed before reading: a change committed meanwhile is reported again and read next time.
            bool all;
            HashSet<int> changed;
            lock (_pendingLock)
            {
                all = _reloadAll;
                changed = _changed;
                _changed = [];
                _reloadAll = false;
            }

            var snapshot = _snapshot;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var entries = all ? [] : new Dictionary<int, CatalogEntry>(snapshot.ById);
            foreach (var id in changed)
            {
                entries.Remove(id);
            }

            foreach (var entry in await LoadAsync(db, all ? null : changed, cancellationToken))
            {
                entries[entry.Id] = entry;
            }

            var now = clock.UtcNow;
            _snapshot = new CatalogSnapshot(entries, checkedAt ?? (all ? now : snapshot.BuiltAt), all ? now : snapshot.LoadedInFullAt);
        }
        finally
        {
            _reload.Release();
        }
    }

    private bool HasPendingChanges()
    {
        lock (_pendingLock)
        {
            return _reloadAll || _changed.Count > 0;
        }
    }

    private static async Task<List<CatalogEntry>> LoadAsync(IAppDbContext db, IReadOnlyCollection<int>? only, CancellationToken cancellationToken)
    {
        var open = db.Postings.AsNoTracking().Where(p => p.Status == PostingStatus.Open);
        if (only is not null)
        {
            if (only.Count == 0)
            {
                return [];
            }

            open = open.Where(p => only.Contains(p.Id));
        }

        // Three flat queries (postings, their pathways, their required badges) rather than one with nested collections.
        var rows = await open.Select(p => new { Posting = p, EmployerName = p.Employer!.Name }).ToListAsync(cancellationToken);
        var pathways = (await open.SelectMany(p => p.Pathways.Select(x => new { x.PostingId, x.PathwayId, x.Pathway!.Name })).ToListAsync(cancellationToken))
            .ToLookup(x => x.PostingId, x => new PathwayRef(x.PathwayId, x.Name));
        var badges = (await open.SelectMany(p => p.RequiredBadges.Select(x => new { x.PostingId, x.BadgeClassId, x.BadgeClass!.Name })).ToListAsync(cancellationToken))
            .ToLookup(x => x.PostingId, x => new BadgeRef(x.BadgeClassId, x.Name));

        return rows.Select(r => CatalogEntry.Of(r.Posting, r.EmployerName, pathways[r.Posting.Id].ToList(), badges[r.Posting.Id].ToList())).ToList();
    }
}
