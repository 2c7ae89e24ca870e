using Internships.DemoData;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.BrowserTests.Support;

/// <summary>
/// The real web host listening on a real loopback port (Kestrel), on a fresh SQLite database file with the demo district
/// (Development environment: its demo accounts exist), for a real browser to talk to. Everything it writes (database,
/// keys, e-mail) stays in its own temporary folder.
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo!2345";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "internships-browser-tests", Guid.NewGuid().ToString("N"));

    private readonly int _port = FreePort();

    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Settings beyond the demo district's (a single sign-on provider, say).</param>
    public WebHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, _port));
    }

    /// <summary>Where the host listens; also the Open Badges issuer's address, so badge links lead back to it.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{_port}");

    public void Start()
    {
        Directory.CreateDirectory(_dataDirectory);
        StartServer();
    }

    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("OpenBadges:PublicBaseUrl", BaseAddress.ToString().TrimEnd('/'));
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Internships", $"Data Source={Path.Combine(_dataDirectory, "internships.db")}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("OpenBadges:SigningKeysPath", Path.Combine(_dataDirectory, "keys"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_dataDirectory, "data-protection"));
        builder.UseSetting("Smtp:PickupDirectory", Path.Combine(_dataDirectory, "mail"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging", "Warning");

        // Every browser test signs in from 127.0.0.1, most as the same demo people (the coordinator a dozen times within
        // minutes): the sign-in limits are the rate-limit tests' business, not theirs.
        foreach (var rule in new[] { "SignIn", "Refresh", "PasswordReset", "Invitation", "PublicDocuments" })
        {
            builder.UseSetting($"RateLimits:{rule}:PerAddress", "100000");
            builder.UseSetting($"RateLimits:{rule}:PerAccount", "100000");
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            // The real hasher with fewer rounds, as in the integration tests: sign-ins stay fast.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddDemoData();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }
}
