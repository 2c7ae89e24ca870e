using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Internships.BrowserTests;

using Internships.BrowserTests.Support;

/// <summary>
/// One web host and one chromium for the whole run. Each test opens its own browser contexts (one per person), so
/// cookies never leak between users.
/// </summary>
[SetUpFixture]
public sealed class BrowserSession
{
    private static WebHost? _host;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static WebHost Host => _host ?? throw new InvalidOperationException("The web host has not started.");

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public static string Url(string path) => new Uri(Host.BaseAddress, path).ToString();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Chromium.EnsureInstalled();
        _host = new WebHost();
        _host.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>
    /// A fresh browser context (its own cookies) at the given width, signed in as <paramref name="email"/> when given, on
    /// the shared host or on <paramref name="host"/>.
    /// </summary>
    public static async Task<IPage> OpenAsync(string? email = null, string password = WebHost.DemoPassword, int width = 1280, int height = 900,
        WebHost? host = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (host ?? Host).BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (email is not null)
        {
            await SignInAsync(page, email, password);
        }

        return page;
    }

    /// <summary>A phone-sized page, signed out, of a browser that asks for Spanish (the sign-in form then reads in Spanish).</summary>
    public static async Task<IPage> OpenPhoneInSpanishAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 800 },
            Locale = "es-US",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A desktop page of a browser that asks for Spanish, signed in through the sign-in form as it reads in Spanish; the
    /// account keeps no language of its own, so every page follows the browser.
    /// </summary>
    public static async Task<IPage> OpenInSpanishAsync(string email, string password = WebHost.DemoPassword)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "es-US",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión", Exact = true }).ClickAsync();
        await page.WaitForArrivalAsync(PageArrival.AwayFromSignIn);
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password = WebHost.DemoPassword)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForArrivalAsync(PageArrival.AwayFromSignIn);
    }

    /// <summary>An HTTP API client with a bearer token, to arrange what a test needs before the browser walks through it.</summary>
    public static async Task<HttpClient> ApiAsync(string email, string password = WebHost.DemoPassword)
    {
        var client = new HttpClient { BaseAddress = Host.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The page is refused: 403, 404 (not theirs to know about), or the sign-in page for someone signed out.</summary>
    public static async Task ExpectTurnedAwayAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        var status = response!.Status;
        var signIn = new Uri(page.Url).AbsolutePath == "/account/sign-in";
        Assert.That(status is 403 or 404 || signIn, Is.True, $"{path} answered {status} at {page.Url}");
    }
}
