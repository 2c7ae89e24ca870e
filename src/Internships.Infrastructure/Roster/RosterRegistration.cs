using Internships.Application.Features.Roster;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Infrastructure.Roster;

public static class RosterRegistration
{
    /// <summary>The roster settings, the import jobs, and the dispatcher that enqueues a job for each upload.</summary>
    public static IServiceCollection AddRoster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(RosterOptions.Section).Get<RosterOptions>() ?? new RosterOptions());
        services.AddScoped<RunRosterImportJob>();
        services.AddScoped<RequeueStalledRosterImportsJob>();
        services.AddScoped<RosterImportJobDispatcher>();
        return services;
    }
}
