using System.Data.Common;
using Hangfire;
using Internships.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Internships.Infrastructure.Reports;

/// <summary>
/// Enqueues a <see cref="GenerateReportJob"/> for each report requested, once the request is committed: enqueued
/// earlier, the job could look for a report that is not there yet (or never will be, after a rollback).
/// One per DbContext (scoped). <see cref="RequeueStalledReportsJob"/> covers a crash between commit and enqueue.
/// </summary>
internal sealed class ReportJobDispatcher(IBackgroundJobClient jobs) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly List<Report> _requested = [];

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
        DispatchUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        DispatchUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Dispatch();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Dispatch();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _requested.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _requested.Clear();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        _requested.AddRange(context.ChangeTracker.Entries<Report>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
    }

    private void DispatchUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Dispatch();
        }
    }

    private void Dispatch()
    {
        foreach (var id in _requested.Select(r => r.Id).Where(id => id > 0).Distinct().ToList())
        {
            jobs.Enqueue<GenerateReportJob>(j => j.RunAsync(id, CancellationToken.None));
        }

        _requested.Clear();
    }
}
