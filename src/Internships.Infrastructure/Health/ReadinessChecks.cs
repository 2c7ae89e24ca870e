using Hangfire;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Health;

/// <summary>Settings of the readiness checks (section "Health").</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>An e-mail still queued this long after it was due means nobody is delivering: no job server runs, or it is stuck.</summary>
    public TimeSpan OutboxStuckAfter { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// What /health/ready checks: the database (ready and answering), the job storage (answering), and the e-mail outbox
/// (moving). The first two make a node unready: it cannot serve. A stuck outbox only makes it Degraded, still 200: every
/// node would report it, and taking them all out of service would not deliver a single message.
/// </summary>
public static class ReadinessChecks
{
    public const string Tag = "ready";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<HealthOptions>(configuration, HealthOptions.Section);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [Tag], Timeout)
            .AddCheck<JobStorageHealthCheck>("jobs", HealthStatus.Unhealthy, [Tag], Timeout)
            .AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded, [Tag], Timeout);
        return services;
    }
}

/// <summary>
/// Healthy when the database has been prepared (<see cref="DatabaseReadiness"/>) and answers a query now. The query goes
/// straight to a connection, not through the execution strategy, so a database that is down is reported at once rather
/// than after the strategy's retries.
/// </summary>
internal sealed class DatabaseHealthCheck(AppDbContext db, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("The database is not ready yet: it cannot be reached, or it is being migrated.");
        }

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}

/// <summary>Healthy when Hangfire's storage answers (in the database with PostgreSQL or SQL Server; in memory with SQLite).</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage, DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage is not ready: the database is not ready yet."));
        }

        // Hangfire's storage API is synchronous: off the request's thread, bounded by the check's timeout.
        return Task.Run(() =>
        {
            using var connection = storage.GetConnection();
            connection.GetAllItemsFromSet("recurring-jobs");
            return HealthCheckResult.Healthy();
        }, cancellationToken);
    }
}

/// <summary>Degraded when e-mail waits well past its time: queued and due, or claimed by a dispatcher whose claim ran out.</summary>
internal sealed class OutboxHealthCheck(AppDbContext db, DatabaseReadiness readiness, IClock clock, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Healthy("Not checked: the database is not ready yet.");
        }

        var stuckAfter = options.Value.OutboxStuckAfter;
        var overdueSince = clock.UtcNow - stuckAfter;
        var stuck = await db.Notifications.AsNoTracking().CountAsync(n =>
            (n.Status == NotificationStatus.Pending && n.NextAttemptAt < overdueSince)
            || (n.Status == NotificationStatus.Sending && n.LeaseExpiresAt < overdueSince), cancellationToken);
        return stuck == 0
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus,
                $"{stuck} e-mail message(s) are more than {stuckAfter.TotalMinutes:0} minutes past due: is a job server running?");
    }
}
