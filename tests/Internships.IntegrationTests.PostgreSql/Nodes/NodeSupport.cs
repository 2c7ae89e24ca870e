using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Nodes;

/// <summary>What the tests that start nodes as processes share: their settings, a look at their database, offers to accept.</summary>
internal static class NodeSupport
{
    /// <summary>The environment of a node on this PostgreSQL database, sending e-mail to the test SMTP server on <paramref name="smtpPort"/>.</summary>
    public static Dictionary<string, string> Settings(string connectionString, int smtpPort, string folder)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Internships"] = connectionString,
            ["Database__MigrateOnStartup"] = "true",
            ["Bootstrap__AdminEmail"] = InternshipsApiFactory.AdminEmail,
            ["Bootstrap__AdminPassword"] = InternshipsApiFactory.AdminPassword,
            ["Security__RequireTwoFactorForStaff"] = "false",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(),
            ["Smtp__Security"] = "None",
            ["Smtp__TimeoutSeconds"] = "10",
            ["OpenBadges__SigningKeysPath"] = Path.Combine(folder, "no-earlier-keys"),
            ["OpenBadges__KeyRefreshInterval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var rule in new[] { "SignIn", "Refresh", "PasswordReset", "Invitation" })
        {
            settings[$"RateLimits__{rule}__PerAddress"] = "100000";
            settings[$"RateLimits__{rule}__PerAccount"] = "100000";
        }

        return settings;
    }

    /// <summary>Reads the nodes' database directly, as a DBA would.</summary>
    public static async Task<T> WithDbAsync<T>(string connectionString, Func<AppDbContext, Task<T>> read)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connectionString).Options;
        await using var db = new PostgreSqlAppDbContext(options);
        return await read(db);
    }

    /// <summary>
    /// A host in this process on the nodes' database, to prepare what a test needs through the API: a Web node as well, it
    /// shares the key ring, so the tokens it issues work on the nodes.
    /// </summary>
    public static InternshipsApiFactory Seeder(string databasePath) => new(databasePath, settings: new Dictionary<string, string?>
    {
        ["Host:Role"] = "Web",
        ["DataProtection:KeysPath"] = "",
    });

    /// <summary>
    /// A posting with <paramref name="slots"/> slots and <paramref name="count"/> students holding an offer of it, made through a
    /// host in this process on the same database (a Web node as well: it shares the key ring, so its tokens work on the
    /// nodes).
    /// </summary>
    public static async Task<(Scenario Scenario, List<(ApiClient Student, int ApplicationId)> Offers)> SeedOffersAsync(
        string databasePath, int slots, int count)
    {
        await using var seeder = Seeder(databasePath);
        var district = await District.CreateAsync(seeder);
        var scenario = await Scenario.CreateAsync(district, slots);
        var gate = new SemaphoreSlim(8);
        var offers = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var student = await scenario.CreateEligibleStudentAsync(district);
                var applicationId = await District.ApplyAsync(student, scenario.PostingId);
                await scenario.Employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
                return (Student: student.Client!, ApplicationId: applicationId);
            }
            finally
            {
                gate.Release();
            }
        }));
        return (scenario, offers.ToList());
    }
}
