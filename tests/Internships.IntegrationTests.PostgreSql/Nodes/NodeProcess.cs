using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Nodes;

/// <summary>
/// A node of the product started as its own process, as production runs it: <c>dotnet Internships.Web.dll</c> from the
/// web project's build output, configured only through environment variables, listening on a free loopback port, with
/// a temporary folder of its own as content root (so nothing it writes lands in the source tree).
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private NodeProcess(string name, Process process, Uri address, string folder)
    {
        Name = name;
        _process = process;
        Address = address;
        Folder = folder;
    }

    public string Name { get; }

    public Uri Address { get; }

    public string Folder { get; }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    /// <summary>The last lines the node wrote (standard output and error), for failure messages.</summary>
    public string RecentOutput => string.Join('\n', _output);

    /// <summary>The web host's build output, of the configuration these tests were built in.</summary>
    public static string WebHostDll
    {
        get
        {
            var testDirectory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            var configuration = testDirectory.Parent!.Name;
            var dll = Path.Combine(RepositoryRoot.Path, "src", "Internships.Web", "bin", configuration, testDirectory.Name, "Internships.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("The web host is not built.", dll);
        }
    }

    public static NodeProcess Start(string name, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var port = TestSmtpServer.FreePort();
        var folder = Path.Combine(Path.GetTempPath(), "internships-nodes", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { WebHostDll },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Node {name} did not start.");
        var node = new NodeProcess(name, process, new Uri($"http://127.0.0.1:{port}"), folder);
        process.OutputDataReceived += (_, e) => node.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => node.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Runs the host with these arguments (a command, such as issuer-keys) and waits for it to end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var node = Start("command", environment, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node._process.WaitForExitAsync(timeout.Token);
        node._process.WaitForExit(); // and for the last lines of its output
        return (node._process.ExitCode, node.RecentOutput);
    }

    public HttpClient NewClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(100) };

    /// <summary>A client of this node carrying the bearer token <paramref name="signedIn"/> got from another node.</summary>
    public ApiClient WithTokenOf(ApiClient signedIn)
    {
        var http = NewClient();
        http.DefaultRequestHeaders.Authorization = signedIn.Http.DefaultRequestHeaders.Authorization;
        return new ApiClient(http);
    }

    /// <summary>Waits until /health/ready answers 200.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = NewClient();
        http.Timeout = TimeSpan.FromSeconds(5);
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"Node {Name} exited with {_process.ExitCode}:\n{RecentOutput}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Node {Name} was not ready within {timeout}:\n{RecentOutput}");
    }

    /// <summary>kill -STOP or kill -CONT: the process freezes (holding whatever it holds) or carries on.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString()]);
        kill.WaitForExit();
        Assert.That(kill.ExitCode, Is.EqualTo(0), $"kill -{signal} {Name}");
    }

    /// <summary>kill -9: the process ends at once, whatever it was doing.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        await Task.CompletedTask;
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }
}
