using System.Collections.Concurrent;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Postings;

/// <summary>
/// The postings taking applications, held in memory for search (students search far more often than postings change).
/// Its implementation, a cache kept current from the database, lives in Infrastructure; search only reads snapshots.
/// </summary>
public interface IOpenPostingsCatalog
{
    /// <summary>
    /// A snapshot of the open postings that includes every change committed on this host before the call; changes
    /// committed by other hosts sharing the database appear within seconds.
    /// </summary>
    ValueTask<CatalogSnapshot> CurrentAsync(CancellationToken cancellationToken);
}

/// <summary>
/// An open posting as search needs it: what a search lists (<see cref="Summary"/>, built once, as the database path's
/// projection builds it), what it filters and orders by, and its searchable text folded to lower case once; and its
/// page as a student opens it from the list (<see cref="Page"/>).
/// </summary>
public sealed record CatalogEntry(
    PostingSummaryDto Summary, string Description, int EligibleGradeMask, int? MinimumAge, DateTime? OpenedAt, long Version, PostingDto Page)
    : IPostingSortKeys
{
    /// <summary>The entry for an open posting, from the posting and the names of its employer, pathways and badges.</summary>
    public static CatalogEntry Of(InternshipPosting p, string employerName, IReadOnlyCollection<PathwayRef> pathways, IReadOnlyCollection<BadgeRef> badges) =>
        new(new PostingSummaryDto(p.Id, p.Title, p.EmployerId, employerName, pathways.Select(x => x.Id).Order().ToList(),
                badges.Select(x => x.Id).Order().ToList(), p.HourlyWage, p.HoursPerWeek, p.StartDate, p.EndDate, p.Location, p.IsRemote,
                p.ApplicationDeadline, p.RemainingSlots, p.Status),
            p.Description, p.EligibleGradeMask, p.MinimumAge, p.OpenedAt, p.Version, PostingDto.Of(p, employerName, pathways, badges));

    public int Id => Summary.Id;

    public string Title => Summary.Title;

    public decimal HourlyWage => Summary.HourlyWage;

    public DateOnly ApplicationDeadline => Summary.ApplicationDeadline;

    public string Text { get; } = $"{Summary.Title}\n{Description}\n{Summary.EmployerName}".ToLowerInvariant();

    public string? LocationText { get; } = Summary.Location?.ToLowerInvariant();

    /// <summary>What the posting asks of applicants, packed for judging a whole list for one student by the same rule as
    /// applying.</summary>
    public EligibilityScreen Screen { get; } =
        new(new(EligibleGradeMask, MinimumAge, Summary.StartDate, Summary.PathwayIds, Summary.RequiredBadgeIds));
}

/// <summary>One consistent view of the open postings, kept in each order a search can ask for.</summary>
public sealed class CatalogSnapshot
{
    /// <summary>How the catalogue orders titles: as a reader expects, whatever their case.</summary>
    public static readonly StringComparer TitleOrder = StringComparer.OrdinalIgnoreCase;

    public static readonly CatalogSnapshot Empty = new(new Dictionary<int, CatalogEntry>(), DateTime.MinValue, DateTime.MinValue);

    private const int MaxRememberedSearches = 2000;

    /// <summary>Fewer lists than texts: a list holds up to every posting, a text's match set usually a few.</summary>
    private const int MaxRememberedLists = 500;

    private readonly IReadOnlyDictionary<string, CatalogEntry[]> _orders;
    private readonly ConcurrentDictionary<string, HashSet<int>> _matches;
    private readonly ConcurrentDictionary<CatalogFilter, CatalogList> _lists;

    public CatalogSnapshot(IReadOnlyDictionary<int, CatalogEntry> byId, DateTime builtAt, DateTime loadedInFullAt)
    {
        ById = byId;
        BuiltAt = builtAt;
        LoadedInFullAt = loadedInFullAt;
        var all = byId.Values.ToArray();
        _orders = PostingSort.All.ToDictionary(sort => sort, sort => PostingSort.Order(all.AsQueryable(), sort, TitleOrder).ToArray());
        _matches = new(StringComparer.Ordinal);
        _lists = new();
    }

    private CatalogSnapshot(CatalogSnapshot unchanged, DateTime checkedAt)
    {
        ById = unchanged.ById;
        BuiltAt = checkedAt;
        LoadedInFullAt = unchanged.LoadedInFullAt;
        _orders = unchanged._orders;
        _matches = unchanged._matches;
        _lists = unchanged._lists;
    }

    public IReadOnlyDictionary<int, CatalogEntry> ById { get; }

    /// <summary>When the snapshot was last known to match the database.</summary>
    public DateTime BuiltAt { get; }

    public DateTime LoadedInFullAt { get; }

    /// <summary>The same postings, confirmed current at <paramref name="at"/> (the sorted views are shared, not rebuilt).</summary>
    public CatalogSnapshot CheckedAt(DateTime at) => new(this, at);

    /// <summary>Every posting, in the order <paramref name="sort"/> names (see <see cref="PostingSort"/>).</summary>
    public IReadOnlyList<CatalogEntry> InOrder(string? sort) => _orders[PostingSort.Normalize(sort)];

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

    /// <summary>
    /// The postings <paramref name="filter"/> admits, in its order. Remembered for this snapshot like
    /// <see cref="Matching"/>: students repeat the same few searches, so most of them cost a page's copy, not a walk over
    /// every open posting (the filter names its day, so a list from yesterday is never reused today).
    /// </summary>
    public CatalogList Listed(CatalogFilter filter)
    {
        if (_lists.TryGetValue(filter, out var listed))
        {
            return listed;
        }

        var text = filter.Text is null ? null : Matching(filter.Text);
        listed = new CatalogList(InOrder(filter.Sort).Where(p => filter.Admits(p, text)).ToArray());
        if (_lists.Count >= MaxRememberedLists)
        {
            // A snapshot outlives a day when no posting changes: yesterday's lists make room for today's.
            foreach (var stale in _lists.Keys.Where(k => k.Today != filter.Today))
            {
                _lists.TryRemove(stale, out _);
            }
        }

        if (_lists.Count < MaxRememberedLists)
        {
            _lists.TryAdd(filter, listed);
        }

        return listed;
    }
}

/// <summary>
/// A list of postings a search admits, in its order, with each posting's <see cref="CatalogEntry.PathwayBits"/> beside it
/// in one array: an eligibility search walks the bits (80 KB for 10,000 postings, read in order) and reaches a posting
/// itself only when its bits match the student's.
/// </summary>
public sealed class CatalogList : IReadOnlyList<CatalogEntry>
{
    private readonly CatalogEntry[] _entries;

    public CatalogList(CatalogEntry[] entries)
    {
        _entries = entries;
        Screens = Array.ConvertAll(entries, e => e.Screen);
    }

    /// <summary>Each entry's <see cref="CatalogEntry.Screen"/>, side by side: a search for one student's eligibility
    /// reads these in order and visits an entry only to put it on the page.</summary>
    public EligibilityScreen[] Screens { get; }

    public int Count => _entries.Length;

    public CatalogEntry this[int index] => _entries[index];

    public IEnumerator<CatalogEntry> GetEnumerator() => ((IEnumerable<CatalogEntry>)_entries).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// What a catalogue search filters on, apart from the student's own eligibility: text and location already trimmed and
/// folded to lower case, the sort normalised, and the district's today (postings past their deadline drop out).
/// </summary>
public sealed record CatalogFilter(
    DateOnly Today, string Sort, string? Text, int? PathwayId, decimal? MinWage, decimal? MaxWage, string? Location, bool? Remote,
    int? EmployerId)
{
    public static CatalogFilter For(SearchPostingsQuery query, DateOnly today) => new(
        today,
        PostingSort.Normalize(query.Sort),
        string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim().ToLowerInvariant(),
        query.PathwayId,
        query.MinWage,
        query.MaxWage,
        string.IsNullOrWhiteSpace(query.Location) ? null : query.Location.Trim().ToLowerInvariant(),
        query.Remote,
        query.EmployerId);

    /// <summary>Whether <paramref name="p"/> passes; <paramref name="textMatches"/> are the ids whose text contains <see cref="Text"/>.</summary>
    public bool Admits(CatalogEntry p, HashSet<int>? textMatches) =>
        p.ApplicationDeadline >= Today
        && (textMatches is null || textMatches.Contains(p.Id))
        && (PathwayId is not { } pathwayId || p.Summary.PathwayIds.Contains(pathwayId))
        && (MinWage is not { } minWage || p.HourlyWage >= minWage)
        && (MaxWage is not { } maxWage || p.HourlyWage <= maxWage)
        && (Location is null || (p.LocationText?.Contains(Location, StringComparison.Ordinal) ?? false))
        && (Remote is not { } remote || p.Summary.IsRemote == remote)
        && (EmployerId is not { } employerId || p.Summary.EmployerId == employerId);
}
