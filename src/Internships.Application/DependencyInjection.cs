using Microsoft.Extensions.DependencyInjection;

namespace Internships.Application;

public static class DependencyInjection
{
    /// <summary>Validators and resource authorizers of every use case. The mediator itself is registered by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;
        // A validator that needs nothing is built once for the process: building one (its rules, their property chains) on
        // every request was a measurable part of a search. Those that need the request's user or database stay per scope.
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, r => NeedsNothing(r.ValidatorType), includeInternalTypes: false);
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Scoped, r => !NeedsNothing(r.ValidatorType), includeInternalTypes: false);
        services.AddScoped<RecordAccess>();
        services.AddScoped<Features.MatchRounds.MatchRoundAccess>();
        services.AddScoped<Features.Badges.PlacementBadgeAwarder>();
        services.AddScoped<Features.Notifications.NotificationComposer>();
        services.AddScoped<Features.Notifications.NotificationOutbox>();
        services.AddScoped<Features.Notifications.OfferEmails>();
        services.AddScoped<Common.Exports.Exporter>();
        services.AddScoped<Features.Roster.RosterImporter>();
        services.AddSingleton<Features.Roster.RosterImportProgress>();

        var authorizers = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IResourceAuthorizer<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in authorizers)
        {
            services.AddScoped(service, implementation);
        }

        return services;
    }

    private static bool NeedsNothing(Type validator) => validator.GetConstructors().All(c => c.GetParameters().Length == 0);
}
