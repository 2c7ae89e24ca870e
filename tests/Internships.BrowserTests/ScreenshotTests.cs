namespace Internships.BrowserTests;

using Internships.BrowserTests.Support;

/// <summary>
/// Screenshots of the main pages at desktop (1280 px) and phone (375 px) width, each also checked for sideways scrolling
/// on a phone. A test run writes them to TestResults/screenshots/. The README's images in docs/screenshots/ are refreshed
/// only on purpose, by scripts/refresh-screenshots.sh: it names the folder in <see cref="FolderVariable"/>, and the
/// pictures then come from a host of their own on a freshly seeded demo district, never from the one the other tests
/// have been changing.
/// </summary>
[Category("Screenshots")]
public sealed class ScreenshotTests
{
    public const string FolderVariable = "INTERNSHIPS_SCREENSHOTS";

    private WebHost? _freshHost;

    private static string? RequestedFolder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? folder : null;

    [OneTimeSetUp]
    public void StartFreshHostWhenRefreshing()
    {
        if (RequestedFolder is not null)
        {
            _freshHost = new WebHost();
            _freshHost.Start();
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_freshHost is not null)
        {
            await _freshHost.DisposeAsync();
        }
    }

    [TestCase("student-home", "student@demo.local", "/student")]
    [TestCase("posting-search", "student@demo.local", "/postings")]
    [TestCase("coordinator-dashboard", "coordinator@demo.local", "/coordinator")]
    [TestCase("badge-verification", null, "{verification}")]
    [TestCase("student-home-es", "student@demo.local", "/student", "es-US")]
    [TestCase("badge-verification-es", null, "{verification}", "es-US")]
    public async Task Main_pages_are_captured_at_desktop_and_phone_width(string name, string? email, string path, string language = "en-US")
    {
        if (path == "{verification}")
        {
            var student = await BrowserSession.OpenAsync("student@demo.local", host: _freshHost);
            await student.GotoAsync("/student/badges");
            path = (await student.Locator(".backpack a:text('Public verification page')").First.GetAttributeAsync("href"))!;
            await student.Context.CloseAsync();
        }

        foreach (var (label, width) in new[] { ("desktop", 1280), ("phone", 375) })
        {
            var page = await BrowserSession.OpenAsync(email, width: width, height: width > 600 ? 900 : 800, host: _freshHost);
            if (language != "en-US")
            {
                // The header's switch would store the choice on the demo account; the cookie it also sets is enough.
                await page.Context.AddCookiesAsync([new Cookie
                {
                    Name = "internships.language",
                    Value = Uri.EscapeDataString($"c={language}|uic={language}"),
                    Url = (_freshHost ?? BrowserSession.Host).BaseAddress.ToString(),
                }]);
            }

            // The browser waits for the network to go quiet; a separate WaitForLoadStateAsync can miss the event (see PageArrival).
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.That(response!.Ok, Is.True, $"{path} answered {response.Status}");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.That(overflow, Is.LessThanOrEqualTo(0), $"{name} scrolls sideways by {overflow}px at {width}px");

            var file = Path.Combine(Folder(), $"{name}-{label}.png");
            // The search is a long list: its first screen says enough.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = name != "posting-search" });
            Assert.That(new FileInfo(file).Length, Is.GreaterThan(5_000), file);
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The folder asked for, or TestResults/screenshots/ at the repository root (beside the TRX files).</summary>
    private static string Folder()
    {
        var folder = RequestedFolder ?? Path.Combine(RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Internships.sln not found above the test directory.");
    }
}
