using Internships.Application.Common.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Whether this node's database is ready: reachable, migrated and seeded by <see cref="DatabaseStartup"/>. Until it is,
/// the web host answers 503 (and /health/ready says why), and what works from the database (the job server, the
/// recurring jobs) waits.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the database is ready; fails if preparing it failed for a reason waiting cannot cure.</summary>
    public Task WhenReady => _ready.Task;

    internal void Ready() => _ready.TrySetResult();

    internal void Failed(Exception exception) => _ready.TrySetException(exception);
}

/// <summary>
/// Prepares the database as the host starts (<see cref="DatabaseInitializer"/>). When it cannot be reached, the node does
/// not crash into a restart loop: it says so in one log line, starts anyway (answering 503 until the database is ready)
/// and tries again every <see cref="DatabaseOptions.StartupRetryDelay"/>. Any other failure (a migration that fails, a
/// login refused) stops the node: waiting would not cure it. Registered before every other hosted service, so when the
/// database is there at start the host is ready when it starts, as before.
/// </summary>
internal sealed partial class DatabaseStartup(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    IOptions<DatabaseOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    // Not disposed: it holds nothing that needs it (no timer), and a host may be stopped after it is disposed.
    private readonly CancellationTokenSource _stopping = new();
    private Task _retrying = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await TryPrepareAsync(cancellationToken))
            {
                return;
            }
        }
        catch (Exception e)
        {
            readiness.Failed(e);
            throw;
        }

        _retrying = Task.Run(() => KeepTryingAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _retrying.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task KeepTryingAsync(CancellationToken stopping)
    {
        try
        {
            do
            {
                await Task.Delay(options.Value.StartupRetryDelay, stopping);
            }
            while (!await TryPrepareAsync(stopping));

            LogReadyAfterWaiting();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogFailed(e);
            readiness.Failed(e);
            lifetime.StopApplication();
        }
    }

    /// <summary>One attempt: true when the database is ready, false when it cannot be reached (and waiting may help).</summary>
    private async Task<bool> TryPrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            readiness.Ready();
            return true;
        }
        catch (Exception e) when (DatabaseFailures.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(e.GetBaseException().Message, options.Value.StartupRetryDelay.TotalSeconds);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The database cannot be reached ({Reason}). Retrying in {DelaySeconds} s; until then this node answers 503 and /health/ready is unhealthy.")]
    private partial void LogUnreachable(string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is reachable again and ready; this node now serves requests.")]
    private partial void LogReadyAfterWaiting();

    [LoggerMessage(Level = LogLevel.Critical, Message = "Preparing the database failed; the node stops.")]
    private partial void LogFailed(Exception exception);
}

public static class DatabaseStartupRegistration
{
    /// <summary>
    /// Delays the hosted service <paramref name="registration"/> describes until the database is ready: at once when it
    /// is ready as the host starts, later, in the background, when the node had to wait for it.
    /// </summary>
    public static IServiceCollection StartWhenDatabaseReady(this IServiceCollection services, ServiceDescriptor registration)
    {
        services.Remove(registration);
        services.AddSingleton<IHostedService>(sp => new AfterDatabaseReady(Create(sp, registration), sp.GetRequiredService<DatabaseReadiness>()));
        return services;
    }

    private static IHostedService Create(IServiceProvider services, ServiceDescriptor registration) => (IHostedService)(
        registration.ImplementationInstance
        ?? registration.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));

    private sealed class AfterDatabaseReady(IHostedService inner, DatabaseReadiness readiness) : IHostedService, IDisposable
    {
        // Not disposed, as in DatabaseStartup.
        private readonly CancellationTokenSource _stopping = new();
        private Task _started = Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (readiness.IsReady)
            {
                _started = inner.StartAsync(cancellationToken);
                return _started;
            }

            _started = Task.Run(async () =>
            {
                await readiness.WhenReady.WaitAsync(_stopping.Token);
                await inner.StartAsync(_stopping.Token);
            }, CancellationToken.None);
            return Task.CompletedTask;
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await _stopping.CancelAsync();
            try
            {
                await _started;
            }
            catch (Exception e) when (e is OperationCanceledException || !readiness.IsReady)
            {
                // Never started: the host stopped before the database was ready, or preparing it failed.
                return;
            }

            await inner.StopAsync(cancellationToken);
        }

        public void Dispose() => (inner as IDisposable)?.Dispose();
    }
}
