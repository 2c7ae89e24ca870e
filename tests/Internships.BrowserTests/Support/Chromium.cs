namespace Internships.BrowserTests.Support;

/// <summary>
/// Debian's Chromium headless shell (package chromium-headless-shell), which Playwright drives through its executable
/// path (`playwright install` cannot download here). It is the same Blink as the full browser, and the build Playwright
/// itself uses for headless runs: the full browser, started headless by Debian's wrapper, asked for GPU rasterisation
/// on an emulated GPU and took about twice the processor time per page. Installed by scripts/prerequisites.sh, never by
/// the tests.
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
