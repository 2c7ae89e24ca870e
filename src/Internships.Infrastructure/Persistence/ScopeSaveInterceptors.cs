using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// What each save brings along, one set per scope (they note what their context saves until it commits): the audit
/// trail in the save's transaction, and after the commit the search catalogue, report and roster jobs, e-mail dispatch
/// and the account-session cache. Made the first time the scope's context saves or ends a transaction, not when it is
/// created: most requests only read.
/// </summary>
public sealed class ScopeSaveInterceptors(IServiceProvider scope)
{
    private IInterceptor[]? _all;

    internal IInterceptor[] All => _all ??=
    [
        scope.GetRequiredService<PostingCatalogNotifier>(),
        scope.GetRequiredService<Reports.ReportJobDispatcher>(),
        scope.GetRequiredService<Jobs.NotificationDispatchTrigger>(),
        scope.GetRequiredService<Audit.AuditTrailInterceptor>(),
        scope.GetRequiredService<Identity.AccountSessionsNotifier>(),
        scope.GetRequiredService<Roster.RosterImportJobDispatcher>(),
    ];
}

/// <summary>
/// The one interceptor in the context's options, which are built once for the process (building them for every request,
/// with six scoped interceptors resolved each time, was a measurable part of every API call). It hands each event to
/// the <see cref="ScopeSaveInterceptors"/> of the context's own scope, in their order, as EF Core would have.
/// </summary>
internal sealed class ScopeSaveInterceptorsForwarder : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly ScopeSaveInterceptorsForwarder Instance = new();

    private ScopeSaveInterceptorsForwarder()
    {
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            result = interceptor.SavingChanges(eventData, result);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            result = await interceptor.SavingChangesAsync(eventData, result, cancellationToken);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            result = interceptor.SavedChanges(eventData, result);
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            result = await interceptor.SavedChangesAsync(eventData, result, cancellationToken);
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            interceptor.SaveChangesFailed(eventData);
        }
    }

    public async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            await interceptor.SaveChangesFailedAsync(eventData, cancellationToken);
        }
    }

    public void SaveChangesCanceled(DbContextEventData eventData)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            interceptor.SaveChangesCanceled(eventData);
        }
    }

    public async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var interceptor in Of<ISaveChangesInterceptor>(eventData.Context))
        {
            await interceptor.SaveChangesCanceledAsync(eventData, cancellationToken);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var interceptor in Of<IDbTransactionInterceptor>(eventData.Context))
        {
            interceptor.TransactionCommitted(transaction, eventData);
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var interceptor in Of<IDbTransactionInterceptor>(eventData.Context))
        {
            await interceptor.TransactionCommittedAsync(transaction, eventData, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var interceptor in Of<IDbTransactionInterceptor>(eventData.Context))
        {
            interceptor.TransactionRolledBack(transaction, eventData);
        }
    }

    public async Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var interceptor in Of<IDbTransactionInterceptor>(eventData.Context))
        {
            await interceptor.TransactionRolledBackAsync(transaction, eventData, cancellationToken);
        }
    }

    private static IEnumerable<T> Of<T>(DbContext? context) where T : class, IInterceptor =>
        context is AppDbContext { SaveInterceptors: { } scoped } ? scoped.All.OfType<T>() : [];
}
