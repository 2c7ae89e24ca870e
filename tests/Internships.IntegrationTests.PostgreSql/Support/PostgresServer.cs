using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;

namespace Internships.IntegrationTests.Support;

/// <summary>
/// A real PostgreSQL server of the test run's own, from Debian's postgresql package (scripts/prerequisites.sh installs
/// it): <c>initdb</c> into a fresh folder under the system's temporary folder, <c>postgres</c> on a free loopback port,
/// stopped and deleted at the end. PostgreSQL refuses to run as root, so under root (as CI runs) its programs run as the
/// package's <c>postgres</c> user, which is given the folder. Should the test process die without stopping it, a watchdog
/// (a shell of its own session) stops the server and deletes the folder within seconds.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Superuser = "postgres";

    /// <summary>The system user PostgreSQL's programs run as when the tests run as root; the Debian package creates it.</summary>
    private const string SystemUser = "postgres";

    private const int MaxLogLines = 200;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<string> _log = new();
    private Process? _postgres;

    private PostgresServer(string bin, string root)
    {
        Bin = bin;
        Root = root;
    }

    /// <summary>The folder holding PostgreSQL's programs (initdb, postgres, psql).</summary>
    public string Bin { get; }

    /// <summary>The server's own folder: its data, its socket, nothing else.</summary>
    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public int Port { get; private set; }

    public bool IsRunning => _postgres is { HasExited: false };

    /// <summary>What the server printed lately, for failure messages.</summary>
    public string RecentLog => string.Join('\n', _log);

    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer(FindBinaries(), Path.Combine(Path.GetTempPath(), "internships-postgres", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(server.Root);
        try
        {
            server.StartWatchdog();
            if (RunsAsRoot)
            {
                await RunAsync("chown", ["-R", $"{SystemUser}:{SystemUser}", server.Root]);
            }

            await RunAsync(server.AsServerUser(Path.Combine(server.Bin, "initdb"),
                ["-D", server.DataDirectory, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], server.Root));

            // A port found free can be taken by someone else before the server binds it: then try another.
            for (var attempt = 1; ; attempt++)
            {
                server.Port = FreePort();
                try
                {
                    await server.StartAgainAsync();
                    return server;
                }
                catch (InvalidOperationException) when (attempt < 3 && server.RecentLog.Contains("could not bind", StringComparison.Ordinal))
                {
                }
            }
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/>, as the superuser, over TCP on loopback.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    public Task CreateDatabaseAsync(string name) => ExecuteAsync($"CREATE DATABASE \"{name}\"");

    public Task DropDatabaseAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    /// <summary>Creates the database unless it exists (two hosts starting together on one database may both ask).</summary>
    public async Task CreateDatabaseIfMissingAsync(string name)
    {
        try
        {
            await CreateDatabaseAsync(name);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
        }
    }

    /// <summary>Starts the server (again, after <see cref="StopAsync"/>, on the same port and data), and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var info = AsServerUser(Path.Combine(Bin, "postgres"),
        [
            "-D", DataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", Root,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300",
            // Throwaway data: durability only costs time here.
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        ], Root);
        _postgres = Process.Start(info) ?? throw new InvalidOperationException("postgres did not start.");
        _postgres.OutputDataReceived += (_, e) => Log(e.Data);
        _postgres.ErrorDataReceived += (_, e) => Log(e.Data);
        _postgres.BeginOutputReadLine();
        _postgres.BeginErrorReadLine();
        await WaitUntilAcceptingAsync();
    }

    /// <summary>Stops the server the way an administrator would (fast shutdown: sessions are ended, data kept).</summary>
    public async Task StopAsync()
    {
        if (_postgres is not { } postgres)
        {
            return;
        }

        if (!postgres.HasExited)
        {
            _ = Kill(postgres.Id, SigInt);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await postgres.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                postgres.Kill();
                await postgres.WaitForExitAsync();
            }
        }

        postgres.Dispose();
        _postgres = null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }

    private async Task WaitUntilAcceptingAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_postgres is not { HasExited: false })
            {
                throw new InvalidOperationException($"PostgreSQL stopped while starting (exit code {_postgres?.ExitCode}):\n{RecentLog}");
            }

            try
            {
                await using var connection = await OpenAdministrationAsync();
                return;
            }
            catch (NpgsqlException) when (waited.Elapsed < StartTimeout)
            {
                await Task.Delay(100);
            }
        }
    }

    private async Task<NpgsqlConnection> OpenAdministrationAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false, Timeout = 5 }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAdministrationAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > MaxLogLines && _log.TryDequeue(out _))
        {
        }
    }

    /// <summary>
    /// If this process dies without stopping the server, stop it and delete its folder. A shell in a session of its own
    /// (<c>setsid --fork</c>), so whatever kills the test process and its children leaves it to clean up.
    /// </summary>
    private void StartWatchdog()
    {
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while [ -d /proc/{Environment.ProcessId} ]; do sleep 2; done
            pid=$(head -n 1 '{DataDirectory}/postmaster.pid' 2>/dev/null)
            if [ -n "$pid" ]; then kill -INT "$pid"; sleep 5; kill -KILL "$pid"; fi
            rm -rf '{Root}'
            """;
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["--fork", "sh", "-c", script])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        });
    }

    /// <summary>The command line that runs <paramref name="program"/> as the server's user: ourselves, or under root the package's user.</summary>
    private ProcessStartInfo AsServerUser(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = RunsAsRoot
            ? new ProcessStartInfo("setpriv", new[] { $"--reuid={SystemUser}", $"--regid={SystemUser}", "--init-groups", "--", program }.Concat(arguments))
            : new ProcessStartInfo(program, arguments);
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = workingDirectory;
        return info;
    }

    private static Task RunAsync(string program, IEnumerable<string> arguments) =>
        RunAsync(new ProcessStartInfo(program, arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });

    private static async Task RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{info.FileName} {string.Join(' ', info.ArgumentList)} failed (exit code {process.ExitCode}):\n{await output}{await errors}");
        }
    }

    /// <summary>The newest installed PostgreSQL's programs (Debian keeps them in /usr/lib/postgresql/&lt;version&gt;/bin).</summary>
    private static string FindBinaries()
    {
        const string installed = "/usr/lib/postgresql";
        var bin = Directory.Exists(installed)
            ? Directory.GetDirectories(installed)
                .Select(version => Path.Combine(version, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "postgres")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException($"PostgreSQL's server programs (initdb, postgres) are not installed under {installed}/<version>/bin. "
                + "Run `bash scripts/prerequisites.sh` (as root, or with sudo): it installs Debian's postgresql package.");
        }

        if (RunsAsRoot && !File.ReadLines("/etc/passwd").Any(l => l.StartsWith(SystemUser + ":", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Running as root, the tests start PostgreSQL as the '{SystemUser}' user, which does not exist. "
                + "Run `bash scripts/prerequisites.sh`: Debian's postgresql package creates it.");
        }

        return bin;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static bool RunsAsRoot => GetEffectiveUserId() == 0;

    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
