using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd running Support/smtp_sink.py), writing what it accepts
/// into a maildir the tests read. The package comes from scripts/prerequisites.sh; a test that finds it missing fails.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private Process? _process;

    public TestSmtpServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public bool IsRunning => _process is { HasExited: false };

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server; the first <paramref name="refuseFirst"/> messages are refused with 451.</summary>
    public async Task StartAsync(int refuseFirst = 0)
    {
        await RequireAiosmtpdAsync();
        await StopAsync();
        var script = Path.Combine(AppContext.BaseDirectory, "Support", "smtp_sink.py");
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { script, "--port", Port.ToString(), "--maildir", Maildir, "--refuse-first", refuseFirst.ToString() },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("The SMTP server did not start.");
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "READY")
        {
            throw new InvalidOperationException($"The SMTP server did not get ready (exit: {(_process.HasExited ? _process.ExitCode : "running")}).");
        }
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>
    /// From now on the server takes <paramref name="delay"/> to accept each message (zero: at once again), so a test can
    /// catch a sender in the middle of a batch however busy the machine is.
    /// </summary>
    public void AcceptEachAfter(TimeSpan delay)
    {
        Directory.CreateDirectory(Maildir);
        var file = Path.Combine(Maildir, "delay-ms");
        if (delay <= TimeSpan.Zero)
        {
            File.Delete(file);
            return;
        }

        File.WriteAllText(file, ((int)delay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Every message that arrived so far, parsed, with the envelope recipients the server saw.</summary>
    public IReadOnlyList<ReceivedMail> Received()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder).Select(path =>
        {
            var message = MimeMessage.Load(path);
            var envelope = message.Headers["X-Envelope-To"] ?? "";
            return new ReceivedMail(envelope.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), message);
        }).ToList();
    }

    public IReadOnlyList<ReceivedMail> ReceivedWithMessageId(string messageId) =>
        Received().Where(m => m.Message.MessageId == messageId).ToList();

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task RequireAiosmtpdAsync()
    {
        if (!await CanImportAsync())
        {
            Assert.Fail("The notification tests need Debian's python3-aiosmtpd: run `bash scripts/prerequisites.sh` (as root) first.");
        }
    }

    private static async Task<bool> CanImportAsync() => File.Exists(Python) && await RunAsync(Python, "-c \"import aiosmtpd\"") == 0;

    private static async Task<int> RunAsync(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
        return process.ExitCode;
    }
}

public sealed record ReceivedMail(IReadOnlyList<string> EnvelopeRecipients, MimeMessage Message)
{
    /// <summary>When the server accepted it (nanoseconds, from the server's X-Arrived line): the order of arrival.</summary>
    public long Arrived => long.Parse(Message.Headers["X-Arrived"] ?? throw new InvalidOperationException("No X-Arrived line."),
        System.Globalization.CultureInfo.InvariantCulture);
}
