namespace Internships.BrowserTests;

/// <summary>
/// Screenshots of the main pages at desktop (1280 px) and phone (375 px) width, on the demo district, saved into
/// docs/screenshots/ for the README. Each one also checks the page has no horizontal scrolling on a phone.
/// </summary>
public sealed class ScreenshotTests
{
    [TestCase("student-home", "student@demo.local", "/student")]
    [TestCase("posting-search", "student@demo.local", "/postings")]
    [TestCase("coordinator-dashboard", "coordinator@demo.local", "/coordinator")]
    [TestCase("badge-verification", null, "{verification}")]
    public async Task Main_pages_are_captured_at_desktop_and_phone_width(string name, string? email, string path)
    {
        if (path == "{verification}")
        {
            var student = await BrowserSession.OpenAsync("student@demo.local");
            await student.GotoAsync("/student/badges");
            path = (await student.Locator(".backpack a:text('Public verification page')").First.GetAttributeAsync("href"))!;
            await student.Context.CloseAsync();
        }

        foreach (var (label, width) in new[] { ("desktop", 1280), ("phone", 375) })
        {
            var page = await BrowserSession.OpenAsync(email, width: width, height: width > 600 ? 900 : 800);
            var response = await page.GotoAsync(path);
            Assert.That(response!.Ok, Is.True, $"{path} answered {response.Status}");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.That(overflow, Is.LessThanOrEqualTo(0), $"{name} scrolls sideways by {overflow}px at {width}px");

            var file = Path.Combine(ScreenshotFolder(), $"{name}-{label}.png");
            // The search is a long list: its first screen says enough.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = name != "posting-search" });
            Assert.That(new FileInfo(file).Length, Is.GreaterThan(5_000), file);
            await page.Context.CloseAsync();
        }
    }

    private static string ScreenshotFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Internships.sln not found"), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
