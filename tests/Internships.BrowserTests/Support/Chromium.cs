namespace Internships.BrowserTests.Support;

/// <summary>
/// Debian's chromium, which Playwright drives through its executable path (`playwright install` cannot download here).
/// Installed by scripts/prerequisites.sh, never by the tests.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"The browser tests need Debian's chromium at {ExecutablePath}: run `bash scripts/prerequisites.sh` (as root) first.");
        }
    }
}
