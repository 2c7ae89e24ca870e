namespace Internships.BrowserTests.Support;

/// <summary>
/// Debian's Chromium headless shell (package chromium-headless-shell), which Playwright drives through its executable
/// path (`playwright install` cannot download here). It is the same Blink as the full browser, and the build Playwright
/// itself uses for headless runs. The full browser started headless kept the whole browser's machinery (a user-interface
/// renderer per window among it) and took about twice the processor time per page; turning its GPU off did not help.
/// Installed by scripts/prerequisites.sh, never by the tests.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium-headless-shell";

    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"The browser tests need Debian's chromium-headless-shell at {ExecutablePath}: run `bash scripts/prerequisites.sh` (as root) first.");
        }
    }
}
