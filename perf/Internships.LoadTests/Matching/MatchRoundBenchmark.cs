using System.Diagnostics;
using Internships.Application;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.MatchRounds;
using Internships.Infrastructure;
using Internships.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Internships.LoadTests.Matching;

internal sealed record MatchRoundOptions(string DatabasePath, int Students, int Postings, int Choices, int Runs, int Seed);

/// <summary>
/// Times a matching round of many students through the application's own run handler on the load-test database:
/// it opens a round for <c>Students</c> juniors and seniors and <c>Postings</c> open postings, writes each student's
/// ranked choices and some employers' rankings straight into the database (the set-up, not timed), locks the round,
/// then runs it <c>Runs</c> times, each in its own scope and transaction as the host would: read the preferences,
/// match, store every outcome. Each run's wall time is printed.
/// </summary>
internal sealed class MatchRoundBenchmark(MatchRoundOptions options, TextWriter output)
{
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
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Internships"] = $"Data Source={path}" });
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
        using var host = builder.Build();
        var coordinator = new BenchmarkCoordinator();

        int roundId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
            var clock = scope.ServiceProvider.GetRequiredService<IClock>();
            var studentIds = await db.Students.Where(s => s.IsActive && (s.Grade == 11 || s.Grade == 12) && s.Enrolments.Any(e => e.EndedOn == null))
                .OrderBy(s => s.Id).Select(s => s.Id).Take(options.Students).ToListAsync(cancellationToken);
            var postingIds = await db.Postings.Where(p => p.Status == Domain.Postings.PostingStatus.Open)
                .OrderBy(p => p.Id).Select(p => p.Id).Take(options.Postings).ToListAsync(cancellationToken);
            var round = await new CreateMatchRoundHandler(db, scope.ServiceProvider.GetRequiredService<IBulkWriter>(), clock).Handle(new CreateMatchRoundCommand(
                $"Benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}", "Benchmark term", clock.Today.AddDays(1), Math.Max(options.Choices, 1),
                PostingIds: postingIds, StudentIds: studentIds), cancellationToken);
            roundId = round.Id;
            await output.WriteLineAsync($"round {roundId}: {round.Participants} students, {round.Postings} postings, {round.Places} places");

            var started = Stopwatch.StartNew();
            await WritePreferencesAsync(path, roundId, studentIds, postingIds, cancellationToken);
            await output.WriteLineAsync($"preferences written in {started.ElapsedMilliseconds} ms (set-up, not timed below)");
            await new LockMatchRoundHandler(db, clock).Handle(new LockMatchRoundCommand(roundId), cancellationToken);
        }

        var timings = new List<double>();
        for (var run = 1; run <= options.Runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<IClock>();
            var started = Stopwatch.StartNew();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await new RunMatchRoundHandler(db, clock, coordinator)
                .Handle(new RunMatchRoundCommand(options.Seed + run) { RoundId = roundId }, cancellationToken);
            // What the unit-of-work behaviour does after the handler (docs/adr/0006): save what is left, commit.
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var elapsed = started.Elapsed.TotalMilliseconds;
            timings.Add(elapsed);
            await output.WriteLineAsync(
                $"run {result.Number}: {elapsed:F0} ms in all (matching step {result.ElapsedMilliseconds} ms); students={result.Students} " +
                $"with choices={result.StudentsWithChoices} choices={result.Choices} proposals={result.Proposals} matched={result.Matched} " +
                $"first choice={result.PlacedAtChoice.FirstOrDefault()}");
        }

        timings.Sort();
        await output.WriteLineAsync($"median {timings[timings.Count / 2]:F0} ms, best {timings[0]:F0} ms, worst {timings[^1]:F0} ms over {timings.Count} runs");
        return 0;
    }

    /// <summary>
    /// Each student ranks <c>Choices</c> distinct postings, popular ones more often (a skewed draw, as real demand is);
    /// every tenth posting's employer ranks its choosers in a random order with some ties and refuses one in twenty.
    /// </summary>
    private async Task WritePreferencesAsync(string path, int roundId, List<int> students, List<int> postings, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var choose = connection.CreateCommand();
        choose.CommandText = "INSERT INTO MatchChoices (RoundId, StudentId, PostingId, Rank) VALUES ($round, $student, $posting, $rank)";
        var (cRound, cStudent, cPosting, cRank) = (choose.Parameters.Add("$round", SqliteType.Integer), choose.Parameters.Add("$student", SqliteType.Integer),
            choose.Parameters.Add("$posting", SqliteType.Integer), choose.Parameters.Add("$rank", SqliteType.Integer));
        cRound.Value = roundId;
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
                (cStudent.Value, cPosting.Value, cRank.Value) = (student, posting, rank++);
                await choose.ExecuteNonQueryAsync(cancellationToken);
                (chosenBy.TryGetValue(posting, out var list) ? list : chosenBy[posting] = []).Add(student);
            }
        }

        var rankCommand = connection.CreateCommand();
        rankCommand.CommandText = "INSERT INTO MatchEmployerRanks (RoundId, PostingId, StudentId, Rank, Unacceptable) VALUES ($round, $posting, $student, $rank, $no)";
        var (rRound, rPosting, rStudent, rRank, rNo) = (rankCommand.Parameters.Add("$round", SqliteType.Integer), rankCommand.Parameters.Add("$posting", SqliteType.Integer),
            rankCommand.Parameters.Add("$student", SqliteType.Integer), rankCommand.Parameters.Add("$rank", SqliteType.Integer), rankCommand.Parameters.Add("$no", SqliteType.Integer));
        rRound.Value = roundId;
        foreach (var (posting, choosers) in chosenBy.Where(c => c.Key % 10 == 0))
        {
            foreach (var student in choosers)
            {
                var refused = random.Next(20) == 0;
                (rPosting.Value, rStudent.Value, rRank.Value, rNo.Value) = (posting, student, refused ? DBNull.Value : random.Next(1, choosers.Count + 1), refused ? 1 : 0);
                await rankCommand.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

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
}
