using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Internships.Application;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Internships.Infrastructure;
using Internships.Infrastructure.Identity;
using Internships.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Internships.LoadTests.Explain;

internal sealed record ExplainOptions
{
    public required string DatabasePath { get; init; }

    /// <summary>Which load-test account (1 = loadtest.student001) the requests run as.</summary>
    public int Account { get; init; } = 1;

    /// <summary>Timed runs of each request after a short warm-up; 0 to only explain.</summary>
    public int Runs { get; init; } = 200;

    public bool ShowPlans { get; init; } = true;

    public IReadOnlyList<string> Requests { get; init; } = RequestVariant.Defaults;
}

/// <summary>
/// Runs each load-test request through its real use-case handler against the database, with the DbContext the
/// host would build (same registration, same connection settings), and prints the SQL EF Core sends, SQLite's
/// query plan for it, a fingerprint of the result (to check that a change kept the results the same) and
/// single-threaded timings without HTTP.
/// </summary>
internal sealed class ExplainCommand(ExplainOptions options, TextWriter output)
{
    private static readonly JsonSerializerOptions FingerprintJson = new() { Converters = { new JsonStringEnumConverter() } };

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"{path} does not exist: run 'generate' first.");
            return 2;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Internships"] = $"Data Source={path}",
        });
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
        using var host = builder.Build();

        var user = await FindUserAsync(host.Services, cancellationToken);
        await output.WriteLineAsync($"Database {path}; requests as {GenerateEmail()} (student {user.StudentId}).");
        using var recorder = new CommandRecorder();
        var summary = new List<string>();

        foreach (var variant in options.Requests.Select(RequestVariant.Parse))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"=== {variant.Text}");
            object? result = null;
            var commands = await recorder.RecordAsync(async () => result = await ExecuteAsync(host.Services, user, variant, cancellationToken));
            await output.WriteLineAsync($"result: {Describe(result)}");
            if (options.ShowPlans)
            {
                foreach (var command in commands)
                {
                    await WritePlanAsync(path, command, cancellationToken);
                }
            }

            if (options.Runs > 0)
            {
                var timing = await TimeAsync(host.Services, user, variant, cancellationToken);
                await output.WriteLineAsync($"timing: {timing}");
                summary.Add($"{timing}  {commands.Count} queries  {variant.Text}");
            }
        }

        if (summary.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Handler time, {options.Runs} runs each, one at a time, no HTTP:");
            summary.ForEach(output.WriteLine);
        }

        return 0;
    }

    private string GenerateEmail() => Generation.GenerateOptions.AccountEmail(options.Account);

    private async Task<LoadTestUser> FindUserAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var email = GenerateEmail().ToUpperInvariant();
        var account = await db.Set<AppUser>().AsNoTracking()
            .Where(u => u.NormalizedEmail == email && u.StudentId != null)
            .Select(u => new { u.Id, u.StudentId })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"No student account {GenerateEmail()}: was the database made by 'generate'?");
        return new LoadTestUser(account.Id, account.StudentId!.Value);
    }

    private static async Task<object> ExecuteAsync(IServiceProvider services, ICurrentUser user, RequestVariant variant,
        CancellationToken cancellationToken)
    {
        // A scope per request, as the host has: a new DbContext each time.
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();
        return variant switch
        {
            SearchVariant search => await new SearchPostingsHandler(db, user, clock, scope.ServiceProvider.GetRequiredService<IOpenPostingsCatalog>())
                .Handle(search.Query, cancellationToken),
            MyApplicationsVariant mine => await new ListMyApplicationsHandler(db, user, clock).Handle(mine.Query, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
    }

    private async Task<string> TimeAsync(IServiceProvider services, ICurrentUser user, RequestVariant variant, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Math.Min(20, options.Runs); i++)
        {
            await ExecuteAsync(services, user, variant, cancellationToken);
        }

        var elapsed = new double[options.Runs];
        for (var i = 0; i < options.Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await ExecuteAsync(services, user, variant, cancellationToken);
            elapsed[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(elapsed);
        return $"p50 {Percentile(elapsed, 50),6:F2} ms  p90 {Percentile(elapsed, 90),6:F2} ms  p99 {Percentile(elapsed, 99),6:F2} ms";
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Describe(object? result)
    {
        var json = JsonSerializer.Serialize(result, FingerprintJson);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16];
        var total = result switch
        {
            Application.Common.Models.PagedResult<PostingSummaryDto> p => $"{p.Items.Count} of {p.Total}",
            Application.Common.Models.PagedResult<ApplicationDto> a => $"{a.Items.Count} of {a.Total}",
            _ => "?",
        };
        return $"{total} items, fingerprint {hash}";
    }

    private async Task WritePlanAsync(string path, CapturedCommand command, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("--- SQL");
        await output.WriteLineAsync(command.Sql);
        if (command.Parameters.Count > 0)
        {
            await output.WriteLineAsync("--- parameters: " + string.Join(", ", command.Parameters.Select(p => $"{p.Key}={p.Value}")));
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await output.WriteLineAsync("--- plan");
        var depths = new Dictionary<long, int> { [0] = -1 };
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var parent = reader.GetInt64(1);
            var depth = (depths.TryGetValue(parent, out var d) ? d : -1) + 1;
            depths[id] = depth;
            await output.WriteLineAsync(new string(' ', 2 * depth) + "- " + reader.GetString(3));
        }
    }
}
