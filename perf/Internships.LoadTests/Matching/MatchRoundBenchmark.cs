using System.Diagnostics;
using Internships.Application;
using Internships.Application.Common.Concurrency;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.MatchRounds;
using Internships.Domain.Matching;
using Internships.Domain.Notifications;
using Internships.Infrastructure;
using Internships.Infrastructure.Jobs;
using Internships.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Internships.LoadTests.Matching;

/// <param name="DatabasePath">The SQLite file (the load-test database, or a copy of it), or null with <paramref name="PostgreSqlConnection"/>.</param>
/// <param name="PostgreSqlConnection">An Npgsql connection string to the load-test district copied into PostgreSQL (<c>to-postgresql</c>).</param>
/// <param name="Capacity">Each posting's places in the round; null keeps the postings' remaining places.</param>
/// <param name="Publish">After the runs, review the last one as the coordinator's page does, then publish it.</param>
/// <param name="SpanishAccounts">How many of the load-test accounts (students of the round) choose Spanish, so both languages are written.</param>
internal sealed record MatchRoundOptions(string? DatabasePath, string? PostgreSqlConnection, int Students, int Postings, int Choices, int Runs, int Seed,
    int? Capacity, bool Publish, int SpanishAccounts);

/// <summary>
/// Times a matching round of many students through the application on the load-test database: it opens a round for
/// <c>Students</c> juniors and seniors and <c>Postings</c> open postings, writes each student's ranked choices and some
/// employers' rankings (the set-up, not timed), locks the round, then runs it <c>Runs</c> times. With <c>Publish</c> it
/// then reviews the last run (what the coordinator's round page and the review API read) and publishes it: every
/// assignment becomes an offer, with its offer e-mail in the outbox. Every step is a request sent through the host's own
/// mediator and pipeline (authorisation, validation, the unit of work with its transaction, domain events, the audit
/// trail), as the coordinator's requests are; only HTTP is left out. Each phase prints its wall time, the CPU the
/// process used, and the process's peak working set during the phase.
/// </summary>
internal sealed class MatchRoundBenchmark(MatchRoundOptions options, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if ((options.DatabasePath is null) == (options.PostgreSqlConnection is null))
        {
            throw new ArgumentException("Give either --db (SQLite) or --connection (PostgreSQL).");
        }

        var settings = new Dictionary<string, string?>
        {
            // The benchmark times the publish, not the delivery: no job is enqueued after the commit (no job server here).
            ["Notifications:DispatchOnCommit"] = "false",
            // Production refuses a local address for the links in badges and e-mails (as perf/load/run-search-load.sh sets it).
            ["OpenBadges:PublicBaseUrl"] = "https://internships.district.example",
        };
        if (options.DatabasePath is { } databasePath)
        {
            var path = Path.GetFullPath(databasePath);
            if (!File.Exists(path))
            {
                await output.WriteLineAsync($"{path} does not exist: run 'generate' first.");
                return 2;
            }

            settings["ConnectionStrings:Internships"] = $"Data Source={path}";
        }
        else
        {
            settings["Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Internships"] = options.PostgreSqlConnection;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
        // The web host's mediator, generated with its pipeline (Internships.Web's Program.cs): the same behaviours, in the same order.
        // The generated code checks that the lifetime it was generated for is the one asked for here.
        builder.Services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
        builder.Services.AddCurrentUser<BenchmarkCoordinator>();
        // The account store's token providers need a key ring; the web host's lives in the database, this one's in memory.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddScoped<IRequestPreconditions, NoPreconditions>();
        using var host = builder.Build();

        await output.WriteLineAsync($"database: {(options.DatabasePath is null ? "PostgreSQL" : "SQLite " + options.DatabasePath)}; " +
            $"load average before: {LoadAverage()}");
        var roundId = await SetUpAsync(host.Services, cancellationToken);

        var timings = new List<double>();
        MatchRunDto? last = null;
        for (var run = 1; run <= options.Runs; run++)
        {
            var result = await Phase.TimeAsync(output, $"run {run}", () => SendAsync(host.Services, s => s.Send(new RunMatchRoundCommand(options.Seed + run) { RoundId = roundId }, cancellationToken)));
            timings.Add(result.Elapsed.TotalMilliseconds);
            last = result.Value;
            await output.WriteLineAsync(
                $"  run {last.Number}: matching step {last.ElapsedMilliseconds} ms; students={last.Students} with choices={last.StudentsWithChoices} " +
                $"choices={last.Choices} places={last.Places} proposals={last.Proposals} matched={last.Matched} first choice={last.PlacedAtChoice.FirstOrDefault()}");
        }

        if (timings.Count > 1)
        {
            timings.Sort();
            await output.WriteLineAsync($"runs: median {timings[timings.Count / 2]:F0} ms, best {timings[0]:F0} ms, worst {timings[^1]:F0} ms over {timings.Count} runs");
        }

        if (!options.Publish || last is null)
        {
            return 0;
        }

        var number = last.Number;
        var review = await Phase.TimeAsync(output, "review", () => ReviewAsync(host.Services, roundId, number, cancellationToken));
        await output.WriteLineAsync($"  review of run {number}: {review.Value}");

        var published = await Phase.TimeAsync(output, "publish", () => SendAsync(host.Services, s => s.Send(new PublishMatchRoundCommand(number) { RoundId = roundId }, cancellationToken)));
        await output.WriteLineAsync($"  published run {number}: {published.Value.OffersMade} offers made, {published.Value.AlreadyOffered} already offered, " +
            $"{published.Value.Skipped} skipped; round {published.Value.Round.Status}");

        await output.WriteLineAsync("  " + await CheckOutboxAsync(host.Services, roundId, published.Value.OffersMade, cancellationToken));
        var total = timings.Sum() + review.Elapsed.TotalMilliseconds + published.Elapsed.TotalMilliseconds;
        await output.WriteLineAsync($"run + review + publish: {total / 1000:F1} s; peak working set of the process: {Phase.PeakWorkingSetMegabytes():F0} MB; " +
            $"load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>The round, its preferences and its lock: set-up, through the same requests where the application has them.</summary>
    private async Task<int> SetUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        List<int> studentIds, postingIds;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
            studentIds = await db.Students.Where(s => s.IsActive && (s.Grade == 11 || s.Grade == 12) && s.Enrolments.Any(e => e.EndedOn == null))
                .OrderBy(s => s.Id).Select(s => s.Id).Take(options.Students).ToListAsync(cancellationToken);
            postingIds = await db.Postings.Where(p => p.Status == Domain.Postings.PostingStatus.Open)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(options.Postings).ToListAsync(cancellationToken);
        }

        var clock = services.GetRequiredService<IClock>();
        var round = await SendAsync(services, s => s.Send(new CreateMatchRoundCommand($"Benchmark {clock.UtcNow:yyyy-MM-dd HH:mm:ss}", "Benchmark term",
            clock.Today.AddDays(1), Math.Max(options.Choices, 1), PostingIds: postingIds, StudentIds: studentIds), cancellationToken));
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // One transaction, inside the provider's execution strategy (on PostgreSQL it refuses transactions begun outside it).
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (options.Capacity is { } capacity)
                {
                    // A coordinator may set any posting's places in a round; here every posting's, so the round can place most students.
                    var tracked = await db.MatchRounds.Include(r => r.Postings).FirstAsync(r => r.Id == round.Id, cancellationToken);
                    foreach (var posting in tracked.Postings.ToList())
                    {
                        tracked.ChangeCapacity(posting.PostingId, capacity);
                    }

                    await db.SaveChangesAsync(cancellationToken);
                }

                await WritePreferencesAsync(scope.ServiceProvider.GetRequiredService<IBulkWriter>(), round.Id, studentIds, postingIds, cancellationToken);
                await ChooseSpanishAsync(db, studentIds, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }

        var locked = await SendAsync(services, s => s.Send(new LockMatchRoundCommand(round.Id), cancellationToken));
        await output.WriteLineAsync($"round {round.Id}: {locked.Participants} students, {locked.Postings} postings, {locked.Places} places; " +
            $"set up (preferences written, locked) in {started.Elapsed.TotalSeconds:F1} s, not timed below");
        return round.Id;
    }

    /// <summary>What the coordinator's round page reads to review a run (the round, its runs, the run's review, a page of outcomes), and the outcomes API's first pages.</summary>
    private static async Task<string> ReviewAsync(IServiceProvider services, int roundId, int number, CancellationToken cancellationToken)
    {
        await SendAsync(services, s => s.Send(new GetMatchRoundQuery(roundId), cancellationToken));
        await SendAsync(services, s => s.Send(new ListMatchRunsQuery(roundId), cancellationToken));
        var review = await SendAsync(services, s => s.Send(new GetMatchRunQuery(roundId, number), cancellationToken));
        await SendAsync(services, s => s.Send(new ListRoundPostingsQuery(roundId, PageSize: Application.Common.Models.Paging.MaxPageSize), cancellationToken));
        var unmatched = await SendAsync(services, s => s.Send(new ListMatchOutcomesQuery(roundId, number, Matched: false), cancellationToken));
        var all = await SendAsync(services, s => s.Send(new ListMatchOutcomesQuery(roundId, number), cancellationToken));
        return $"{review.Run.Matched} matched, {unmatched.Total} unmatched ({string.Join(", ", review.UnmatchedByReason.Select(r => $"{r.Key} {r.Value}"))}), " +
            $"{review.UnfilledPostings.Count} postings with places left, {review.BySchool.Count} schools, {review.ByPathway.Count} pathways; {all.Total} outcomes";
    }

    /// <summary>The outbox after publishing: one offer e-mail per offer, in the students' languages (not timed).</summary>
    private static async Task<string> CheckOutboxAsync(IServiceProvider services, int roundId, int offers, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var publishedAt = await db.MatchRounds.Where(r => r.Id == roundId).Select(r => r.PublishedAt).FirstAsync(cancellationToken);
        var queued = db.Notifications.Where(n => n.Kind == NotificationKind.OfferMade && n.CreatedAt >= publishedAt);
        var count = await queued.CountAsync(cancellationToken);
        var spanish = await queued.CountAsync(n => n.HtmlBody.StartsWith("<!DOCTYPE html><html lang=\"es-US\""), cancellationToken);
        return $"outbox: {count} offer e-mails queued by the publish ({spanish} in Spanish){(count == offers ? "" : $" — EXPECTED {offers}")}";
    }

    /// <summary>Sends one request in a scope of its own, as each HTTP request has.</summary>
    private static async Task<T> SendAsync<T>(IServiceProvider services, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>
    /// Each student ranks <c>Choices</c> distinct postings, popular ones more often (a skewed draw, as real demand is);
    /// every tenth posting's employer ranks its choosers in a random order with some ties and refuses one in twenty.
    /// Written in bulk on either provider, in the caller's transaction.
    /// </summary>
    private async Task WritePreferencesAsync(IBulkWriter bulk, int roundId, List<int> students, List<int> postings, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var choices = new List<MatchChoice>(students.Count * options.Choices);
        var chosenBy = new Dictionary<int, List<int>>();
        foreach (var student in students)
        {
            var picked = new HashSet<int>();
            while (picked.Count < Math.Min(options.Choices, postings.Count))
            {
                // Squaring a uniform draw favours the first postings: a few are in high demand, most in little.
                picked.Add(postings[(int)(Math.Pow(random.NextDouble(), 2) * postings.Count)]);
            }

            var rank = 1;
            foreach (var posting in picked)
            {
                choices.Add(new MatchChoice(roundId, student, posting, rank++));
                (chosenBy.TryGetValue(posting, out var list) ? list : chosenBy[posting] = []).Add(student);
            }
        }

        var ranks = new List<MatchEmployerRank>();
        foreach (var (posting, choosers) in chosenBy.Where(c => c.Key % 10 == 0))
        {
            foreach (var student in choosers)
            {
                var refused = random.Next(20) == 0;
                ranks.Add(new MatchEmployerRank(roundId, posting, student, refused ? null : random.Next(1, choosers.Count + 1), refused));
            }
        }

        await bulk.InsertAsync(choices, cancellationToken);
        await bulk.InsertAsync(ranks, cancellationToken);
    }

    /// <summary>Some of the round's students' accounts choose Spanish, so the offers are written in both languages.</summary>
    private async Task ChooseSpanishAsync(AppDbContext db, List<int> studentIds, CancellationToken cancellationToken)
    {
        if (options.SpanishAccounts <= 0)
        {
            return;
        }

        var inRound = studentIds.ToHashSet();
        var accounts = await db.Users.Where(u => u.StudentId != null).OrderBy(u => u.Id).ToListAsync(cancellationToken);
        foreach (var account in accounts.Where(a => inRound.Contains(a.StudentId!.Value)).Take(options.SpanishAccounts))
        {
            account.PreferredLanguage = Application.Common.Localization.Languages.Spanish;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed class BenchmarkCoordinator : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public int? UserId => null;

        public string? UserName => "benchmark.coordinator@example.test";

        public int? StudentId => null;

        public int? EmployerId => null;

        public int? SupervisorId => null;

        public bool IsInRole(string role) => role == Roles.Coordinator;
    }

    /// <summary>No If-Match header: the benchmark's requests do not come over HTTP.</summary>
    private sealed class NoPreconditions : IRequestPreconditions
    {
        public string? IfMatch => null;
    }

    /// <summary>A timed phase: wall time, the process's CPU time, and its peak working set while the phase ran.</summary>
    private static class Phase
    {
        public static async Task<(T Value, TimeSpan Elapsed)> TimeAsync<T>(TextWriter output, string name, Func<Task<T>> work)
        {
            var resetPeak = ResetPeakWorkingSet();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var started = Stopwatch.StartNew();
            var value = await work();
            started.Stop();
            process.Refresh();
            await output.WriteLineAsync($"{name}: {started.Elapsed.TotalMilliseconds:F0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, " +
                $"peak working set {(resetPeak ? "during the phase" : "so far")} {PeakWorkingSetMegabytes():F0} MB, load average {LoadAverage()}");
            return (value, started.Elapsed);
        }

        public static double PeakWorkingSetMegabytes()
        {
            var process = Process.GetCurrentProcess();
            process.Refresh();
            return process.PeakWorkingSet64 / 1024.0 / 1024.0;
        }

        /// <summary>Linux resets the process's peak resident set (VmHWM) when "5" is written to clear_refs, so each phase shows its own peak.</summary>
        private static bool ResetPeakWorkingSet()
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
