using System.Diagnostics;
using System.Text.Json;

namespace Internships.BrowserTests.Support;

/// <summary>A person the test OpenID provider knows.</summary>
public sealed record OidcAccount(string Sub, string Email, bool EmailVerified, string Name);

/// <summary>
/// A real OpenID Connect provider no one here wrote (npm oidc-provider, OpenID Certified), run by Node.js on a loopback
/// port from <c>OidcProvider/provider.mjs</c>, with one client (the web host under test) and the given people. Its
/// packages are installed by scripts/prerequisites.sh; the test fails, naming the script, when they are missing.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "internships-browser-tests";
    public const string ClientSecret = "browser-tests-secret";

    private readonly Process _node;

    private OidcProvider(Process node, int port)
    {
        _node = node;
        Issuer = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Issuer { get; }

    public static async Task<OidcProvider> StartAsync(int port, Uri redirectUri, IEnumerable<OidcAccount> accounts)
    {
        var folder = Folder();
        Assert.That(Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")), Is.True,
            $"the test OpenID provider's packages are missing in {folder}: run scripts/prerequisites.sh");
        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OIDC_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["OIDC_CLIENT_ID"] = ClientId;
        start.Environment["OIDC_CLIENT_SECRET"] = ClientSecret;
        start.Environment["OIDC_REDIRECT_URI"] = redirectUri.ToString();
        start.Environment["OIDC_ACCOUNTS"] = JsonSerializer.Serialize(accounts.Select(a => new
        {
            sub = a.Sub, email = a.Email, email_verified = a.EmailVerified, name = a.Name,
        }));

        var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        node.ErrorDataReceived += (_, _) => { };
        node.BeginErrorReadLine();
        var ready = node.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(30))) != ready || ready.Result?.StartsWith("listening", StringComparison.Ordinal) != true)
        {
            node.Kill(entireProcessTree: true);
            Assert.Fail("the test OpenID provider did not start");
        }

        return new OidcProvider(node, port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }

        _node.Dispose();
    }

    private static string Folder()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Internships.sln not found above the tests."),
            "tests", "Internships.BrowserTests", "OidcProvider");
    }
}
