using Internships.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Internships.DemoData;

public static class DependencyInjection
{
    /// <summary>Lets the database initializer seed the demo district when <c>Database:SeedDemoData</c> asks for it.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.TryAddScoped<IDemoDataSeeder, DemoDistrictSeeder>();
        return services;
    }
}
