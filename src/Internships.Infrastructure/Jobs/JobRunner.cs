using System.Diagnostics;
using Internships.Application.Common.Diagnostics;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// How every job does its work (docs/adr/0007): it opens a scope of its own (its own DbContext, so its own unit of
/// work), becomes the system identity there, and sends one request, with ids, through the same pipeline as an HTTP
/// request: authorisation, validation, logging, the transaction. What to do lives in that request's handler.
/// Each run is a span of <see cref="ProductTelemetry.Jobs"/> ("job DeliverNotificationsRequest"), the root of the
/// database calls it makes, and a measurement of internships.jobs.duration.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes)
{
    public Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken) =>
        RunAsync(command, (sender, ct) => sender.Send(command, ct), cancellationToken);

    public Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken) =>
        RunAsync(query, (sender, ct) => sender.Send(query, ct), cancellationToken);

    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken) =>
        RunAsync(request, (sender, ct) => sender.Send(request, ct), cancellationToken);

    private async Task<TResponse> RunAsync<TResponse>(object request, Func<ISender, CancellationToken, ValueTask<TResponse>> send,
        CancellationToken cancellationToken)
    {
        var name = request.GetType().Name;
        using var activity = ProductTelemetry.Jobs.StartActivity($"job {name}", ActivityKind.Internal);
        activity?.SetTag("internships.job.request", name);
        var startedAt = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ScopeIdentity>().BecomeSystem();
            var response = await send(scope.ServiceProvider.GetRequiredService<ISender>(), cancellationToken);
            outcome = "succeeded";
            return response;
        }
        catch (Exception e)
        {
            // The type only: a message may quote data.
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            ProductTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds,
                new KeyValuePair<string, object?>("internships.job.request", name), new KeyValuePair<string, object?>("internships.job.outcome", outcome));
        }
    }
}

/// <summary>Whose scope this is: an HTTP request's (the default), or a job's, once <see cref="JobRunner"/> says so.</summary>
internal sealed class ScopeIdentity
{
    private bool _resolved;

    public bool IsSystem { get; private set; }

    public void BecomeSystem()
    {
        if (_resolved)
        {
            throw new InvalidOperationException("The scope's user was already decided; a job becomes the system identity before anything else runs.");
        }

        IsSystem = true;
    }

    public ICurrentUser Resolve(Func<ICurrentUser> httpUser)
    {
        _resolved = true;
        return IsSystem ? SystemUser.Instance : httpUser();
    }
}

public static class CurrentUserRegistration
{
    /// <summary>The current user: the system identity in a job's scope, <typeparamref name="THttpUser"/> everywhere else.</summary>
    public static IServiceCollection AddCurrentUser<THttpUser>(this IServiceCollection services)
        where THttpUser : class, ICurrentUser
    {
        services.AddScoped<ScopeIdentity>();
        services.AddScoped<THttpUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ScopeIdentity>().Resolve(sp.GetRequiredService<THttpUser>));
        return services;
    }
}
