using Internships.Application.Common.Interfaces;
using Internships.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Application.Features.Postings;

/// <summary>
/// The postings taking applications, held in memory for search: students search far more often than postings change,
/// and a text search over every open posting is too slow to run in SQL a thousand times a second. The database stays
/// the source of truth: the persistence layer reports each committed change to a posting, and the next search reloads
/// just those postings first, so a search sees every write that finished before it. A full reload every
/// <see cref="MaxAge"/> picks up changes made by other instances of the host sharing the database.
/// </summary>
public sealed class OpenPostingsCatalog(IServiceScopeFactory scopes, IClock clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private readonly Lock _pendingLock = new();
    private HashSet<int> _changed = [];
    private bool _reloadAll = true;
    private volatile CatalogSnapshot _snapshot = CatalogSnapshot.Empty;

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

    public async ValueTask<CatalogSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (!IsStale(snapshot))
        {
            return snapshot;
        }

        await _reload.WaitAsync(cancellationToken);
        try
        {
            snapshot = _snapshot;
            if (!IsStale(snapshot))
            {
                return snapshot;
            }

            // Take what changed before reading: a change committed meanwhile is reported again and read next time.
            bool all;
            HashSet<int> changed;
            lock (_pendingLock)
            {
                all = _reloadAll || clock.UtcNow - snapshot.BuiltAt >= MaxAge;
                changed = _changed;
                _changed = [];
                _reloadAll = false;
            }

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

            _snapshot = new CatalogSnapshot(entries, clock.UtcNow);
            return _snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    private bool IsStale(CatalogSnapshot snapshot)
    {
        lock (_pendingLock)
        {
            return _reloadAll || _changed.Count > 0 || clock.UtcNow - snapshot.BuiltAt >= MaxAge;
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
                p.MinimumAge, p.OpenedAt,
            })
            .ToListAsync(cancellationToken);
        var pathways = (await open.SelectMany(p => p.Pathways.Select(x => new { x.PostingId, x.PathwayId })).ToListAsync(cancellationToken))
            .ToLookup(x => x.PostingId, x => x.PathwayId);
        var badges = (await open.SelectMany(p => p.RequiredBadges.Select(x => new { x.PostingId, x.BadgeClassId })).ToListAsync(cancellationToken))
            .ToLookup(x => x.PostingId, x => x.BadgeClassId);

        return rows.Select(r => new CatalogEntry(
            r.Id, r.Title, r.Description, r.EmployerId, r.EmployerName, pathways[r.Id].Order().ToList(), badges[r.Id].Order().ToList(), r.HourlyWage,
            r.HoursPerWeek, r.StartDate, r.EndDate, r.Location, r.IsRemote, r.ApplicationDeadline, r.RemainingSlots, r.EligibleGradeMask,
            r.MinimumAge, r.OpenedAt)).ToList();
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
    DateTime? OpenedAt)
{
    public string Text { get; } = $"{Title}\n{Description}\n{EmployerName}".ToLowerInvariant();

    public string? LocationText { get; } = Location?.ToLowerInvariant();

    public PostingSummaryDto ToSummary() => new(Id, Title, EmployerId, EmployerName, PathwayIds, RequiredBadgeIds, HourlyWage, HoursPerWeek,
        StartDate, EndDate, Location, IsRemote, ApplicationDeadline, RemainingSlots, PostingStatus.Open);
}

/// <summary>One consistent view of the open postings, kept in each order a search can ask for.</summary>
public sealed class CatalogSnapshot
{
    public static readonly CatalogSnapshot Empty = new(new Dictionary<int, CatalogEntry>(), DateTime.MinValue);

    public CatalogSnapshot(IReadOnlyDictionary<int, CatalogEntry> byId, DateTime builtAt)
    {
        ById = byId;
        BuiltAt = builtAt;
        var all = byId.Values.ToArray();
        ByDeadline = [.. all.OrderBy(p => p.ApplicationDeadline).ThenBy(p => p.Id)];
        ByWage = [.. all.OrderByDescending(p => p.HourlyWage).ThenBy(p => p.Id)];
        ByNewest = [.. all.OrderByDescending(p => p.OpenedAt).ThenByDescending(p => p.Id)];
        ByTitle = [.. all.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)];
    }

    public IReadOnlyDictionary<int, CatalogEntry> ById { get; }

    public DateTime BuiltAt { get; }

    public CatalogEntry[] ByDeadline { get; }

    public CatalogEntry[] ByWage { get; }

    public CatalogEntry[] ByNewest { get; }

    public CatalogEntry[] ByTitle { get; }

    public CatalogEntry[] InOrder(string? sort) => sort?.ToLowerInvariant() switch
    {
        PostingSort.Wage => ByWage,
        PostingSort.Newest => ByNewest,
        PostingSort.Title => ByTitle,
        _ => ByDeadline,
    };
}
