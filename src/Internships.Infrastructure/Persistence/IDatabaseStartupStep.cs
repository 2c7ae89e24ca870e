namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Schema the database needs that is not in our migrations (Hangfire's tables), brought up to date at start-up after the
/// migrations and under the same lock (<see cref="DatabaseStartupLock"/>). Each step must be idempotent.
/// </summary>
public interface IDatabaseStartupStep
{
    Task RunAsync(CancellationToken cancellationToken);
}
