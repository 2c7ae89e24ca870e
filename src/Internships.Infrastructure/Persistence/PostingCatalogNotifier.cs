using System.Data.Common;
using Internships.Application.Features.Postings;
using Internships.Domain.Employers;
using Internships.Domain.Postings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Tells the search catalogue which postings changed, once the change is committed: told earlier, a concurrent search
/// could reload the old rows and keep them as current. One per DbContext (scoped).
/// </summary>
internal sealed class PostingCatalogNotifier(OpenPostingsCatalog catalog) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<InternshipPosting> _changedPostings = [];
    private readonly HashSet<int> _changedIds = [];
    private bool _employerChanged;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PublishUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PublishUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

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
                case Employer when entry.State == EntityState.Modified:
                    _employerChanged = true;
                    break;
            }
        }
    }

    private void PublishUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Publish();
        }
    }

    private void Publish()
    {
        if (_employerChanged)
        {
            catalog.EverythingChanged();
        }

        _changedIds.UnionWith(_changedPostings.Select(p => p.Id).Where(id => id > 0));
        if (_changedIds.Count > 0)
        {
            catalog.PostingsChanged(_changedIds);
        }

        Forget();
    }

    private void Forget()
    {
        _changedPostings.Clear();
        _changedIds.Clear();
        _employerChanged = false;
    }
}
