using Internships.DemoData;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// The real web host, with its real pipeline, on a real database of its own: a SQLite file, or a PostgreSQL database in the
/// PostgreSQL build of these tests (<see cref="TestDatabase"/>). <paramref name="testServices"/> replaces services after
/// the host's own registrations (a pinned clock, say).
/// </summary>
public sealed class InternshipsApiFactory(string databasePath, string environment = "Testing", bool seedDemoData = false,
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@tests.local";
    public const string AdminPassword = "Admin!2345-tests";

    public string DatabasePath { get; } = databasePath;

    /// <summary>Where messages are written as .eml files when no SMTP host is set: beside the database, never in the source tree.</summary>
    public string MailPickupDirectory => Path.Combine(Path.GetDirectoryName(DatabasePath)!, Path.GetFileNameWithoutExtension(DatabasePath) + "-mail");

    /// <summary>The issuer's signing keys and the data-protection keys, beside the database too, not in the source tree or the home folder.</summary>
    public string KeysDirectory => Path.Combine(Path.GetDirectoryName(DatabasePath)!, Path.GetFileNameWithoutExtension(DatabasePath) + "-keys");

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "internships-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in TestDatabase.Settings(DatabasePath))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:SeedDemoData", seedDemoData ? "true" : "false");
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging", "Warning");
        builder.UseSetting("Smtp:PickupDirectory", MailPickupDirectory);
        builder.UseSetting("OpenBadges:SigningKeysPath", Path.Combine(KeysDirectory, "issuer"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(KeysDirectory, "data-protection"));

        // The suite signs in hundreds of times from one address, and its accounts sign in with a password alone; the tests
        // of those rules start hosts of their own with the rules on (and small windows).
        builder.UseSetting("Security:RequireTwoFactorForStaff", "false");
        foreach (var rule in new[] { "SignIn", "Refresh", "PasswordReset", "Invitation", "PublicDocuments" })
        {
            builder.UseSetting($"RateLimits:{rule}:PerAddress", "100000");
            builder.UseSetting($"RateLimits:{rule}:PerAccount", "100000");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            // The real hasher, with fewer rounds: tests create hundreds of accounts; production keeps the default.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);

            // The demo district lives in its own development-only project, which the tests reference whatever the build.
            services.AddDemoData();
        });
        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        TestDatabase.Prepare(DatabasePath);
        return base.CreateHost(builder);
    }

    /// <summary>A DbContext on the test database, for checking what was stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
