using BenchmarkDotNet.Attributes;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Email;
using Internships.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Internships.Benchmarks;

/// <summary>
/// The notification dispatcher delivering a full outbox to an SMTP server on 127.0.0.1: claim, render to MIME, send
/// over one MailKit connection, record each message Sent, on a SQLite database file (WAL, as the host runs it).
/// Reported per message (OperationsPerInvoke): messages per second = 1 s / Mean. The server is an in-process SMTP sink,
/// or, when BENCH_SMTP_PORT is set, whatever listens on that loopback port (run-email-benchmark.sh starts aiosmtpd there).
/// </summary>
[MemoryDiagnoser]
public class EmailDispatchBenchmarks
{
    private const int Messages = 500;
    private string _databasePath = "";
    private LoopbackSmtpSink _sink = null!;
    private DbContextOptions<SqliteAppDbContext> _options = null!;
    private SmtpOptions _smtp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sink = new LoopbackSmtpSink();
        var port = int.TryParse(Environment.GetEnvironmentVariable("BENCH_SMTP_PORT"), out var external) ? external : _sink.Port;
        _databasePath = Path.Combine(Path.GetTempPath(), $"dispatch-bench-{Guid.NewGuid():N}.db");
        _options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={_databasePath}").Options;
        using var db = new SqliteAppDbContext(_options);
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        _smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, From = "Valley Internships <internships@valley.example>" };
    }

    [IterationSetup]
    public void FillOutbox()
    {
        using var db = new SqliteAppDbContext(_options);
        db.Notifications.ExecuteDelete();
        var now = DateTime.UtcNow;
        for (var i = 0; i < Messages; i++)
        {
            db.Notifications.Add(new Notification(NotificationKind.OfferMade, new NotificationRecipient($"student{i}@students.example", $"Student {i}"),
                new NotificationContent($"You have an offer: Water lab intern {i}",
                    "Hello,\r\n\r\nValley Water offers you the internship Water lab intern.\r\n\r\nAccept or decline: https://internships.valley.example/applications/1\r\n",
                    "<p>Hello,</p><p>Valley Water offers you the internship Water lab intern.</p><p><a href=\"https://internships.valley.example/applications/1\">Accept or decline</a></p>"),
                "valley.example", null, suppressed: false, now));
        }

        db.SaveChangesAsync().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public async Task<int> DispatchOutboxToLoopbackSmtp()
    {
        await using var db = new SqliteAppDbContext(_options);
        var dispatcher = new NotificationDispatcher(db, new SmtpMailTransport(Options.Create(_smtp)), Options.Create(_smtp),
            Options.Create(new NotificationOptions()), TimeProvider.System, NullLogger<NotificationDispatcher>.Instance);
        var result = await dispatcher.DispatchDueAsync(CancellationToken.None);
        if (result.Sent != Messages)
        {
            throw new InvalidOperationException($"Sent {result.Sent} of {Messages}.");
        }

        return result.Sent;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _sink.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
