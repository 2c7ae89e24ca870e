using Internships.Application.Common.Interfaces;
using Internships.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Application.Features.Postings;

/// <summary>
/// The postings taking applications, held in memory for search: students search far more often than postings change,
/// and a text search over every open posting is too slow to run in SQL a thousand times a second. The database stays
/// the source of truth: the persistence layer reports each committed change to a posting, and the next search reloads
/// just those postings first, so a search sees every write that finished before it. Changes made by other instances
/// of the host sharing the database are picked up in the background: every <see cref="MaxAge"/> the postings' versions
/// are compared (and the changed ones read), every <see cref="FullReloadAge"/> everything is read again.
/// </summary>
public sealed class OpenPostingsCatalog(IServiceScopeFactory scopes, IClock clock)
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
        var rows = await open
            .Select(p => new
            {
                p.Id, p.Title, p.Description, p.EmployerId, EmployerName = p.Employer!.Name, p.HourlyWage, p.HoursPerWeek, p.StartDate,
                p.EndDate, p.Location, p.IsRemote, p.ApplicationDeadline, RemainingSlots = p.Slots - p.FilledSlots, p.EligibleGradeMask,
                p.MinimumAge, p.OpenedAt, p.Version,
            })
            .ToListAsync(cancellationToken);
        var pathways = (await open.SelectMany(p => p.Pathways.Select(x => new { x.PostingId, x.PathwayId })).ToListAsync(cancellationToken))
            .ToLookup(x => x.PostingId, x => x.PathwayId);
        var badges = (await open.SelectMany(p => p.RequiredBadges.Select(x => new { x.PostingId, x.BadgeClassId })).ToListAsync(cancellationToken))
            .ToLookup(x => x.PostingId, x => x.BadgeClassId);

        return rows.Select(r => new CatalogEntry(
            r.Id, r.Title, r.Description, r.EmployerId, r.EmployerName, pathways[r.Id].Order().ToList(), badges[r.Id].Order().ToList(), r.HourlyWage,
            r.HoursPerWeek, r.StartDate, r.EndDate, r.Location, r.IsRemote, r.ApplicationDeadline, r.RemainingSlots, r.EligibleGradeMask,
            r.MinimumAge, r.OpenedAt, r.Version)).ToList();
    }
}

/// <summary>An open posting as search needs it, with its searchable text folded to lower case once.</summary>
public sealed record CatalogEntry(
    int Id,
    string Title,
    string Description,
    int EmployerId,
    string EmployerName,
    IReadOnlyList<int> PathwayIds,
    IReadOnlyList<int> RequiredBadgeIds,
    decimal HourlyWage,
    decimal HoursPerWeek,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Location,
    bool IsRemote,
    DateOnly ApplicationDeadline,
    int RemainingSlots,
    int EligibleGradeMask,
    int? MinimumAge,
    DateTime? OpenedAt,
    long Version)
{
    public string Text { get; } = $"{Title}\n{Description}\n{EmployerName}".ToLowerInvariant();

    public string? LocationText { get; } = Location?.ToLowerInvariant();

    public PostingSummaryDto ToSummary() => new(Id, Title, EmployerId, EmployerName, PathwayIds, RequiredBadgeIds, HourlyWage, HoursPerWeek,
        StartDate, EndDate, Location, IsRemote, ApplicationDeadline, RemainingSlots, PostingStatus.Open);
}

/// <summary>One consistent view of the open postings, kept in each order a search can ask for.</summary>
public sealed class CatalogSnapshot
{
    public static readonly CatalogSnapshot Empty = new(new Dictionary<int, CatalogEntry>(), DateTime.MinValue, DateTime.MinValue);

    public CatalogSnapshot(IReadOnlyDictionary<int, CatalogEntry> byId, DateTime builtAt, DateTime loadedInFullAt)
    {
        ById = byId;
        BuiltAt = builtAt;
        LoadedInFullAt = loadedInFullAt;
        var all = byId.Values.ToArray();
        ByDeadline = [.. all.OrderBy(p => p.ApplicationDeadline).ThenBy(p => p.Id)];
        ByWage = [.. all.OrderByDescending(p => p.HourlyWage).ThenBy(p => p.Id)];
        ByNewest = [.. all.OrderByDescending(p => p.OpenedAt).ThenByDescending(p => p.Id)];
        ByTitle = [.. all.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)];
    }

    public IReadOnlyDictionary<int, CatalogEntry> ById { get; }

    /// <summary>When the snapshot was last known to match the database.</summary>
    public DateTime BuiltAt { get; }

    public DateTime LoadedInFullAt { get; }

    /// <summary>The same postings, confirmed current at <paramref name="at"/> (the sorted views are shared, not rebuilt).</summary>
    public CatalogSnapshot CheckedAt(DateTime at) => new(this, at);

    private CatalogSnapshot(CatalogSnapshot unchanged, DateTime checkedAt)
    {
        ById = unchanged.ById;
        BuiltAt = checkedAt;
        LoadedInFullAt = unchanged.LoadedInFullAt;
        ByDeadline = unchanged.ByDeadline;
        ByWage = unchanged.ByWage;
        ByNewest = unchanged.ByNewest;
        ByTitle = unchanged.ByTitle;
        _matches = unchanged._matches;
    }

    public CatalogEntry[] ByDeadline { get; }

    public CatalogEntry[] ByWage { get; }

    public CatalogEntry[] ByNewest { get; }

    public CatalogEntry[] ByTitle { get; }

    /// <summary>
    /// The ids of the postings whose text contains <paramref name="text"/> (lower case). Remembered for this snapshot,
    /// which never changes, so a popular search scans the text once; bounded so odd searches cannot fill memory.
    /// </summary>
    public HashSet<int> Matching(string text)
    {
        if (_matches.TryGetValue(text, out var ids))
        {
            return ids;
        }

        ids = ById.Values.Where(p => p.Text.Contains(text, StringComparison.Ordinal)).Select(p => p.Id).ToHashSet();
        if (_matches.Count < MaxRememberedSearches)
        {
            _matches.TryAdd(text, ids);
        }

        return ids;
    }

    private const int MaxRememberedSearches = 2000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<int>> _matches = new(StringComparer.Ordinal);

    public CatalogEntry[] InOrder(string? sort) => sort?.ToLowerInvariant() switch
    {
        PostingSort.Wage => ByWage,
        PostingSort.Newest => ByNewest,
        PostingSort.Title => ByTitle,
        _ => ByDeadline,
    };
}
