using System.Globalization;
using System.Text.Json;
using Internships.Matching;

namespace Internships.Cli;

/// <summary>The command line: <c>match</c> runs the engine on a JSON file, <c>generate</c> writes benchmark instances.</summary>
public static class MatchingCli
{
    public const int Succeeded = 0;
    public const int InvalidInput = 1;
    public const int InvalidUsage = 2;

    public const string Usage = """
        usage:
          match INPUT.json --out OUTPUT.json [--timings]
              Places students by student-proposing deferred acceptance (the student-optimal stable matching).
              INPUT:  { "postings": [ { "id": "P1", "capacity": 2, "ranking": ["S3", "S1"] } ],
                        "students": [ { "id": "S1", "choices": ["P1", "P2"] } ] }
              OUTPUT: { "assignments": [ { "student": "S1", "posting": "P1" } ], "unmatched": ["S3"] }
              Prints "match: students=N postings=M proposals=P ms=T" on standard error; T times the matching alone.
              --timings adds a line "timings: read=.. build=.. collect=.. match=.. write=.. total=.. ms" per phase.
          generate --students N --postings M --choices K [--seed S] --out FILE
              Writes a random instance: Zipf-like posting popularity, capacities 1-5, each posting ranking its
              applicants in random order and finding about 5% of them unacceptable. The same seed gives the same file.
        exit codes: 0 done, 1 bad or unreadable input (one line on standard error says why, with the line and column
        of text that is not JSON), 2 bad usage.
        """;

    /// <summary>Runs one command; returns the process exit code. Never throws for bad input or usage.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            switch (args.Count == 0 ? "" : args[0])
            {
                case "match":
                    return Match(Options.Parse(args, 1, ["out"], positionalCount: 1, flags: ["timings"]), stderr);
                case "generate":
                    return Generate(Options.Parse(args, 1, ["students", "postings", "choices", "seed", "out"], positionalCount: 0), stderr);
                case "help" or "--help" or "-h":
                    stdout.Write(Usage);
                    return Succeeded;
                case "":
                    throw new CliException("no command given.", InvalidUsage);
                default:
                    throw new CliException($"unknown command '{args[0]}'.", InvalidUsage);
            }
        }
        catch (CliException e)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            if (e.ExitCode == InvalidUsage)
            {
                stderr.Write(Usage);
            }

            return e.ExitCode;
        }
    }

    private static int Match(Options options, TextWriter stderr)
    {
        var timer = new PhaseTimer();
        var inputPath = options.Positional[0];
        var outputPath = options.Required("out");
        var problem = Input(inputPath, () => ReadProblem(inputPath, timer));

        // Reading left tens of megabytes of garbage (growing lists, the read buffer). Collecting it now lowers the
        // peak, and lets the engine's scratch arrays reuse that memory instead of faulting in fresh pages, which on
        // a small VM costs more than the matching itself (see perf/Internships.Benchmarks/README.md).
        GC.Collect();
        timer.End("collect");

        var result = DeferredAcceptance.Solve(problem.Problem);
        var matching = timer.End("match");

        WriteFile(outputPath, stream => ResultJsonWriter.Write(stream, problem, result));
        timer.End("write");
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"match: students={problem.Problem.StudentCount} postings={problem.Problem.PostingCount} proposals={result.Statistics.Proposals} ms={matching.TotalMilliseconds:F1}"));
        if (options.Flag("timings"))
        {
            stderr.WriteLine(timer.ToString());
        }

        return Succeeded;
    }

    private static int Generate(Options options, TextWriter stderr)
    {
        var students = options.RequiredCount("students");
        var postings = options.RequiredCount("postings");
        var choices = options.RequiredCount("choices");
        var seed = options.OptionalInt("seed", 1);
        var outputPath = options.Required("out");
        if ((long)students * Math.Min(choices, postings) > Array.MaxLength)
        {
            throw new CliException("--students times --choices is too large for one instance.", InvalidUsage);
        }

        var problem = InstanceGenerator.Generate(students, postings, choices, seed);
        WriteFile(outputPath, stream => MatchingJson.WriteProblem(stream, problem));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generate: students={students} postings={postings} choices={problem.ChoiceEntryCount} rankings={problem.RankingEntryCount} seed={seed}"));
        return Succeeded;
    }

    /// <summary>Reads the file's rows, then checks them together; the builder is garbage once this returns.</summary>
    private static NamedMatchingProblem ReadProblem(string path, PhaseTimer timer)
    {
        MatchingProblemBuilder rows;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            rows = ProblemJsonReader.ReadRows(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {path}: {e.Message}", InvalidInput);
        }

        timer.End("read");
        var problem = rows.Build();
        timer.End("build");
        return problem;
    }

    /// <summary>Runs one step of taking in the input, turning what is wrong with the input into a one-line failure.</summary>
    private static T Input<T>(string path, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (JsonException e)
        {
            throw new CliException($"{path} is not valid JSON{Where(e)}: {WithoutPosition(e.Message)}", InvalidInput);
        }
        catch (InputFormatException e)
        {
            throw new CliException($"{path}: {e.Message}", InvalidInput);
        }
        catch (MatchingInputException e)
        {
            throw new CliException($"{path}: {e.Message}", InvalidInput);
        }
    }

    /// <summary>Where the reader stopped, counted from 1 as editors do; columns count bytes (UTF-8), as the reader does.</summary>
    private static string Where(JsonException e) =>
        e.LineNumber is { } line && e.BytePositionInLine is { } column
            ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, column {column + 1}")
            : "";

    /// <summary>The reader's message without the position it appends (counted from 0), which <see cref="Where"/> gives.</summary>
    private static string WithoutPosition(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return position < 0 ? message : message[..position];
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {e.Message}", InvalidInput);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
