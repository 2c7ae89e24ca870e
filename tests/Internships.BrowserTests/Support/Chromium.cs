using System.Diagnostics;

namespace Internships.BrowserTests.Support;

/// <summary>
/// Debian's chromium, which Playwright drives through its executable path (`playwright install` cannot download here).
/// Installed with apt-get when missing, once: a lock file keeps parallel test runs from racing the package manager.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "internships-browser-tests-chromium.lock");

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        await using var held = await AcquireLockAsync();
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        await RunAsync("apt-get", "update");
        await RunAsync("apt-get", "install -y --no-install-recommends chromium");
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"apt-get installed chromium, but {ExecutablePath} is not there.");
        }
    }

    private static async Task<FileStream> AcquireLockAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static async Task RunAsync(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
