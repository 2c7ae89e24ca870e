using Internships.Domain.Badges;
using Internships.Domain.Employers;
using Internships.Domain.Pathways;
using Internships.Domain.Postings;
using Internships.Infrastructure.Search;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Tells the search catalogue which postings changed, once the change is committed: told earlier, a concurrent search
/// could reload the old rows and keep them as current. With PostgreSQL the other nodes are told too
/// (<see cref="PostgreSqlCatalogChannel"/>). One per DbContext (scoped).
/// </summary>
internal sealed class PostingCatalogNotifier(OpenPostingsCatalog catalog, ICatalogChangeBroadcast? otherNodes = null) : AfterCommitInterceptor
{
    private readonly List<InternshipPosting> _changedPostings = [];
    private readonly HashSet<int> _changedIds = [];
    private bool _namesChanged;

    protected override void Collect(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                // New postings get their ids only once saved: keep the entity and read its id when publishing.
                case InternshipPosting posting:
                    _changedPostings.Add(posting);
                    break;
                case PostingPathway link:
                    _changedIds.Add(link.PostingId);
                    break;
                case PostingRequiredBadge link:
                    _changedIds.Add(link.PostingId);
                    break;
                // Names the catalogue shows: an employer's in search and on posting pages, a pathway's or badge's on pages.
                case Employer when entry.State == EntityState.Modified:
                    _namesChanged = true;
                    break;
                case CareerPathway or BadgeClass when entry.State == EntityState.Modified && entry.Property(nameof(CareerPathway.Name)).IsModified:
                    _namesChanged = true;
                    break;
            }
        }
    }

    protected override void Committed()
    {
        if (_namesChanged)
        {
            catalog.EverythingChanged();
        }

        // A save outside any transaction commits inside EF's own one, before new rows' ids reach their entities: such
        // postings are kept and reported when the save completes (the next call), with their ids.
        _changedIds.UnionWith(_changedPostings.Where(p => p.Id > 0).Select(p => p.Id));
        _changedPostings.RemoveAll(p => p.Id > 0);
        _changedIds.RemoveWhere(id => id <= 0);
        if (_changedIds.Count > 0)
        {
            catalog.PostingsChanged(_changedIds);
        }

        if (_namesChanged || _changedIds.Count > 0)
        {
            otherNodes?.Publish(_changedIds, _namesChanged);
        }

        _changedIds.Clear();
        _namesChanged = false;
    }

    protected override void RolledBack()
    {
        _changedPostings.Clear();
        _changedIds.Clear();
        _namesChanged = false;
    }
}
