using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Internships.BrowserTests.Support;
using Internships.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.BrowserTests;

/// <summary>
/// "Sign in with your district account" against a real OpenID provider on loopback (npm oidc-provider), through the
/// browser: a rostered student lands on their home page; a person the provider knows but the district did not roster is
/// refused with a page that says so; a disabled account is refused. A host of its own, with the provider configured.
/// </summary>
[NonParallelizable]
public sealed class SingleSignOnTests
{
    private const string Domain = "students.valleyusd.example";

    private WebHost _host = null!;
    private OidcProvider _provider = null!;
    private string _rostered = "";
    private string _disabled = "";
    private readonly string _stranger = $"stranger@{Domain}";
    private readonly string _unverified = $"unverified@{Domain}";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var providerPort = WebHost.FreePort();
        _host = new WebHost(new Dictionary<string, string?>
        {
            ["Sso:Providers:District:DisplayName"] = "Valley USD",
            ["Sso:Providers:District:Authority"] = $"http://127.0.0.1:{providerPort}",
            ["Sso:Providers:District:ClientId"] = OidcProvider.ClientId,
            ["Sso:Providers:District:ClientSecret"] = OidcProvider.ClientSecret,
            ["Sso:Providers:District:AllowedDomains:0"] = Domain,
        });
        _host.Start();

        // Two rostered students of the demo district who have no account yet; one gets an account, then is disabled.
        var students = await WithDbAsync(db => db.Students.Where(s => s.IsActive && s.Email.EndsWith(Domain))
            .Where(s => !db.Users.Any(u => u.StudentId == s.Id)).OrderBy(s => s.Id).Select(s => new { s.Id, s.Email }).Take(2).ToListAsync());
        _rostered = students[0].Email;
        _disabled = students[1].Email;
        var admin = await ApiAsync("admin@demo.local");
        var account = await admin.PostAsJsonAsync("/api/users", new { email = _disabled, password = "Disabled!2345", role = "Student", studentId = students[1].Id });
        account.EnsureSuccessStatusCode();
        var id = (await account.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
        (await admin.PostAsync($"/api/users/{id}/disable", null)).EnsureSuccessStatusCode();

        _provider = await OidcProvider.StartAsync(providerPort, new Uri(_host.BaseAddress, "/signin-oidc-district"),
        [
            new("rostered-1", _rostered, true, "Rostered Student"),
            new("disabled-1", _disabled, true, "Disabled Student"),
            new("stranger-1", _stranger, true, "Someone Else"),
            new("unverified-1", _unverified, false, "Not Verified"),
        ]);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Test]
    public async Task A_rostered_student_signs_in_with_the_district_account_and_lands_on_their_home_page()
    {
        var page = await SignInThroughProviderAsync(_rostered);

        await page.WaitForArrivalAsync(new Regex("^https?://[^/]+/student([?#].*)?$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are signed in");
        await Expect(page.Locator("header .who")).ToHaveTextAsync(_rostered);

        // Once linked, the same person signs in again without a new account.
        var again = await SignInThroughProviderAsync(_rostered);
        await again.WaitForArrivalAsync(new Regex("^https?://[^/]+/student([?#].*)?$"));
        Assert.That(await WithDbAsync(db => db.Users.CountAsync(u => u.Email == _rostered)), Is.EqualTo(1));
        Assert.That(await WithDbAsync(db => db.UserLogins.CountAsync(l => l.ProviderKey == "rostered-1" && l.LoginProvider == "oidc-district")), Is.EqualTo(1));
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    [Test]
    public async Task Someone_the_district_has_not_rostered_is_refused_with_a_page_that_says_so()
    {
        var page = await SignInThroughProviderAsync(_stranger);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("could not find");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("roster");
        Assert.That(await WithDbAsync(db => db.Users.AnyAsync(u => u.Email == _stranger)), Is.False, "no account is opened for them");
        Assert.That((await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical"), Is.Empty);
        await ExpectTurnedAwayAsync(page, "/student");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task A_disabled_account_is_refused()
    {
        var page = await SignInThroughProviderAsync(_disabled);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("disabled");
        await ExpectTurnedAwayAsync(page, "/student");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task An_address_the_provider_did_not_verify_is_refused()
    {
        var page = await SignInThroughProviderAsync(_unverified);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("did not confirm your e-mail address");
        await page.Context.CloseAsync();
    }

    /// <summary>From the sign-in page's button, through the provider's own page, back to the host.</summary>
    private async Task<IPage> SignInThroughProviderAsync(string email)
    {
        var page = await BrowserSession.OpenAsync(host: _host);
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Valley USD" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("^" + Regex.Escape(_provider.Issuer.ToString())));
        await page.GetByLabel("District e-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForArrivalAsync(new Regex("^" + Regex.Escape(_host.BaseAddress.ToString()) + "(?!.*/signin-oidc)"));
        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task ExpectTurnedAwayAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/account/sign-in"), "not signed in");
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<HttpClient> ApiAsync(string email)
    {
        var client = new HttpClient { BaseAddress = _host.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = WebHost.DemoPassword });
        login.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>());
        return client;
    }
}
