using System.Globalization;
using Internships.LoadTests.Explain;
using Internships.LoadTests.Generation;

namespace Internships.LoadTests;

/// <summary>
/// The load benchmark's tool (see perf/load/README.md):
/// <c>generate --db PATH</c> builds the load-test database; <c>explain --db PATH</c> shows the SQL and query plans of
/// the load-test requests and times them without HTTP; <c>match-round</c> times a matching round; <c>roster-zip</c> writes
/// a district's OneRoster export for the roster import benchmark.
/// </summary>
internal static class Program
{
    private const string Usage = """
        Usage:
          generate --db PATH [--postings 10000] [--students 100000] [--applications 500000] [--employers 500]
                   [--schools 20] [--accounts 100] [--password TEXT] [--seed N] [--placements 0] [--force | --reuse]
              Creates a fresh SQLite database with the app's migrations and fills it with a deterministic district.
              --placements adds that many placements with their timesheets, and a coordinator account
              (loadtest.coordinator@example.test, same password), for perf/load/run-report-load.sh.
              --reuse keeps an existing file that has the current migrations and these sizes.
          to-postgresql --db PATH --connection CONNECTION-STRING
              Migrates the (empty) PostgreSQL database with the app's PostgreSQL migrations and copies the district of
              the generated SQLite file into it with COPY, for perf/load/run-search-load.sh with DB=postgresql.
          explain --db PATH [--account 1] [--runs 200] [--no-plans] [REQUEST ...]
              Runs each request (e.g. "postings?q=nurse&sort=wage" or "me/applications?status=Submitted"; by default
              those the load test sends) through its use-case handler: prints SQL, query plan, result fingerprint
              and timings.
          match-round (--db PATH | --connection POSTGRESQL-CONNECTION-STRING) [--students 10000] [--postings 2000]
                   [--choices 5] [--runs 5] [--seed N] [--capacity N] [--spanish 30] [--publish]
              Opens a matching round of that many students on the database (SQLite, or the district copied into
              PostgreSQL by to-postgresql), writes their preferences, locks it and times the run request (read
              preferences, match, store outcomes) --runs times; --capacity gives every posting that many places.
              --publish then times the review of the last run and its publish (offers and their e-mails), and
              prints each phase's wall and CPU time and peak working set; --spanish accounts choose Spanish.
          roster-zip --out PATH [--students 100000] [--schools 20] [--classes 5] [--seed N] [--years-later 0]
              Writes the OneRoster 1.2 CSV zip of a whole district, for perf/roster/run-roster-import.sh.
          roster-import --db PATH --zip PATH [--dry-run] [--runs 2]
              Times the application's roster importer on the database (created if missing) without HTTP, phase by phase.
        """;

    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var arguments = Arguments.Parse(args.Skip(1));
            return args.FirstOrDefault() switch
            {
                "generate" => await new DataGenerator(new GenerateOptions
                {
                    DatabasePath = arguments.Required("db"),
                    Postings = arguments.Int("postings") ?? 10_000,
                    Students = arguments.Int("students") ?? 100_000,
                    Applications = arguments.Int("applications") ?? 500_000,
                    Employers = arguments.Int("employers") ?? 500,
                    Schools = arguments.Int("schools") ?? 20,
                    Accounts = arguments.Int("accounts") ?? 100,
                    Password = arguments.Value("password") ?? GenerateOptions.DefaultPassword,
                    Seed = arguments.Int("seed") ?? 20261123,
                    Placements = arguments.Int("placements") ?? 0,
                    Force = arguments.Flag("force"),
                    Reuse = arguments.Flag("reuse"),
                }, Console.Out).RunAsync(cancellation.Token),
                "to-postgresql" => await new PostgreSqlCopy(arguments.Required("db"), arguments.Required("connection"), Console.Out)
                    .RunAsync(cancellation.Token),
                "explain" => await new ExplainCommand(new ExplainOptions
                {
                    DatabasePath = arguments.Required("db"),
                    Account = arguments.Int("account") ?? 1,
                    Runs = arguments.Int("runs") ?? 200,
                    ShowPlans = !arguments.Flag("no-plans"),
                    Requests = arguments.Positional.Count > 0 ? arguments.Positional : RequestVariant.Defaults,
                }, Console.Out).RunAsync(cancellation.Token),
                "match-round" => await new Matching.MatchRoundBenchmark(new Matching.MatchRoundOptions(
                    arguments.Value("db"),
                    arguments.Value("connection"),
                    arguments.Int("students") ?? 10_000,
                    arguments.Int("postings") ?? 2_000,
                    arguments.Int("choices") ?? 5,
                    arguments.Int("runs") ?? 5,
                    arguments.Int("seed") ?? 20261123,
                    arguments.Int("capacity"),
                    arguments.Flag("publish"),
                    arguments.Int("spanish") ?? 30), Console.Out).RunAsync(cancellation.Token),
                "roster-zip" => await new Roster.RosterZipGenerator(new Roster.RosterZipOptions(
                    arguments.Required("out"),
                    arguments.Int("students") ?? 100_000,
                    arguments.Int("schools") ?? 20,
                    arguments.Int("classes") ?? 5,
                    arguments.Int("seed") ?? 20261123,
                    arguments.Int("years-later") ?? 0), Console.Out).RunAsync(cancellation.Token),
                "roster-import" => await new Roster.RosterImportBenchmark(new Roster.RosterImportOptions(
                    arguments.Required("db"),
                    arguments.Required("zip"),
                    arguments.Flag("dry-run"),
                    arguments.Int("runs") ?? 2), Console.Out).RunAsync(cancellation.Token),
                _ => ShowUsage(),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ShowUsage();
        }
    }

    private static int ShowUsage()
    {
        Console.Error.WriteLine(Usage);
        return 1;
    }

    /// <summary>"--name value" options, "--flag" switches and positional arguments.</summary>
    private sealed class Arguments
    {
        private static readonly HashSet<string> Flags = ["force", "reuse", "no-plans", "dry-run", "publish"];

        private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Positional { get; } = [];

        public static Arguments Parse(IEnumerable<string> args)
        {
            var parsed = new Arguments();
            using var e = args.GetEnumerator();
            while (e.MoveNext())
            {
                if (!e.Current.StartsWith("--", StringComparison.Ordinal))
                {
                    parsed.Positional.Add(e.Current);
                    continue;
                }

                var name = e.Current[2..];
                if (Flags.Contains(name))
                {
                    parsed._options[name] = null;
                }
                else if (e.MoveNext())
                {
                    parsed._options[name] = e.Current;
                }
                else
                {
                    throw new ArgumentException($"--{name} needs a value.");
                }
            }

            return parsed;
        }

        public string? Value(string name) => _options.GetValueOrDefault(name);

        public string Required(string name) => Value(name) ?? throw new ArgumentException($"--{name} is required.");

        public bool Flag(string name) => _options.ContainsKey(name);

        public int? Int(string name) => Value(name) is { } v
            ? int.TryParse(v.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"--{name} must be a number.")
            : null;
    }
}
