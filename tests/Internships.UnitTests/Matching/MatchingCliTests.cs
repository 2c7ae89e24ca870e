using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Internships.Cli;
using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>The command line, run in-process on temporary files.</summary>
public sealed class MatchingCliTests
{
    private const string Example = """
        { "postings": [ { "id": "A", "capacity": 2, "ranking": ["s3", "s1", "s2", "s4"] },
                        { "id": "B", "capacity": 1, "ranking": ["s2", "s4", "s1"] } ],
          "students": [ { "id": "s1", "choices": ["A", "B"] }, { "id": "s2", "choices": ["A", "B"] },
                        { "id": "s3", "choices": ["B", "A"] }, { "id": "s4", "choices": ["A", "B"] } ] }
        """;

    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("match-cli-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    private string Input(string json, string name = "in.json")
    {
        File.WriteAllText(PathOf(name), json);
        return PathOf(name);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = MatchingCli.Run(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void Match_writes_assignments_and_unmatched_students_and_one_line_of_figures()
    {
        var (exitCode, stdout, stderr) = Run("match", Input(Example), "--out", PathOf("out.json"));

        exitCode.ShouldBe(0);
        stdout.ShouldBeEmpty();
        stderr.ShouldMatch(@"^match: students=4 postings=2 proposals=7 ms=\d+\.\d\r?\n$");
        using var output = JsonDocument.Parse(File.ReadAllText(PathOf("out.json")));
        output.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["assignments", "unmatched"]);
        output.RootElement.GetProperty("assignments").EnumerateArray()
            .Select(a => $"{a.GetProperty("student").GetString()}->{a.GetProperty("posting").GetString()}")
            .ShouldBe(["s1->A", "s2->B", "s3->A"]);
        output.RootElement.GetProperty("assignments")[0].EnumerateObject().Select(p => p.Name).ShouldBe(["student", "posting"]);
        output.RootElement.GetProperty("unmatched").EnumerateArray().Select(s => s.GetString()).ShouldBe(["s4"]);
    }

    [Test]
    public void Match_reads_properties_in_any_order_ignores_unknown_ones_and_keeps_ids_exactly()
    {
        var json = """
            { "version": 2, "students": [ { "choices": ["Café \u00e9", "P\"2"], "note": { "x": [1, {"y": null}] }, "id": "Zoë" } ],
              "postings": [ { "ranking": ["Zoë"], "capacity": 1, "id": "Café é" }, { "id": "P\"2", "capacity": 1, "ranking": [] } ] }
            """;

        var (exitCode, _, stderr) = Run("match", Input(json), "--out", PathOf("out.json"));

        exitCode.ShouldBe(0, stderr);
        using var output = JsonDocument.Parse(File.ReadAllText(PathOf("out.json")));
        var assignment = output.RootElement.GetProperty("assignments")[0];
        assignment.GetProperty("student").GetString().ShouldBe("Zoë");
        assignment.GetProperty("posting").GetString().ShouldBe("Café é");
    }

    [Test]
    public void Match_accepts_a_byte_order_mark()
    {
        File.WriteAllText(PathOf("bom.json"), Example, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Run("match", PathOf("bom.json"), "--out", PathOf("out.json")).ExitCode.ShouldBe(0);
    }

    [TestCase("", "is not valid JSON")]
    [TestCase("{ \"postings\": [ ", "is not valid JSON")]
    [TestCase("{ \"postings\": [], \"students\": [] } x", "is not valid JSON")]
    [TestCase("[]", "the input must be a JSON object with \"postings\" and \"students\" arrays.")]
    [TestCase("{ \"students\": [] }", "the input has no \"postings\".")]
    [TestCase("{ \"postings\": [] }", "the input has no \"students\".")]
    [TestCase("{ \"postings\": {}, \"students\": [] }", "\"postings\" must be an array.")]
    [TestCase("{ \"postings\": [ 3 ], \"students\": [] }", "postings[0] must be an object.")]
    [TestCase("{ \"postings\": [ { \"capacity\": 1, \"ranking\": [] } ], \"students\": [] }", "postings[0] has no \"id\".")]
    [TestCase("{ \"postings\": [ { \"id\": \"P\", \"ranking\": [] } ], \"students\": [] }", "postings[0] has no \"capacity\".")]
    [TestCase("{ \"postings\": [ { \"id\": \"P\", \"capacity\": 1 } ], \"students\": [] }", "postings[0] has no \"ranking\".")]
    [TestCase("{ \"postings\": [ { \"id\": 7, \"capacity\": 1, \"ranking\": [] } ], \"students\": [] }", "postings[0].id must be a string.")]
    [TestCase("{ \"postings\": [ { \"id\": \"P\", \"capacity\": \"2\", \"ranking\": [] } ], \"students\": [] }", "postings[0].capacity must be a whole number.")]
    [TestCase("{ \"postings\": [ { \"id\": \"P\", \"capacity\": 1.5, \"ranking\": [] } ], \"students\": [] }", "postings[0].capacity must be a whole number.")]
    [TestCase("{ \"postings\": [ { \"id\": \"P\", \"capacity\": 1, \"ranking\": \"S1\" } ], \"students\": [] }", "postings[0].ranking must be an array of student ids.")]
    [TestCase("{ \"postings\": [], \"students\": [ { \"id\": \"S\", \"choices\": [ null ] } ] }", "students[0].choices[0] must be a string (posting id).")]
    [TestCase("{ \"postings\": [], \"students\": [ { \"id\": \"S\" } ] }", "students[0] has no \"choices\".")]
    [TestCase("{ \"postings\": [], \"students\": [ { \"id\": \"S\", \"id\": \"T\", \"choices\": [] } ] }", "students[0] has \"id\" twice.")]
    [TestCase("{ \"postings\": [], \"postings\": [], \"students\": [] }", "the input has \"postings\" twice.")]
    [TestCase("{ \"postings\": [ { \"id\": \"P\", \"capacity\": -1, \"ranking\": [] } ], \"students\": [] }", "Posting 'P' has a negative capacity (-1).")]
    [TestCase("{ \"postings\": [ { \"id\": \"P\", \"capacity\": 1, \"ranking\": [] }, { \"id\": \"P\", \"capacity\": 1, \"ranking\": [] } ], \"students\": [] }", "Duplicate posting id 'P'.")]
    [TestCase("{ \"postings\": [], \"students\": [ { \"id\": \"S\", \"choices\": [\"P\"] } ] }", "Student 'S' lists unknown posting 'P'.")]
    [TestCase("{ \"postings\": [], \"students\": [ { \"id\": \"\", \"choices\": [] } ] }", "The student at position 0 has a null or empty id.")]
    public void Malformed_input_fails_with_one_line_naming_the_problem(string json, string problem)
    {
        var input = Input(json);

        var (exitCode, stdout, stderr) = Run("match", input, "--out", PathOf("out.json"));

        exitCode.ShouldBe(MatchingCli.InvalidInput);
        stdout.ShouldBeEmpty();
        stderr.ShouldStartWith($"error: {input}");
        stderr.ShouldContain(problem);
        stderr.TrimEnd().ShouldNotContain('\n');
        File.Exists(PathOf("out.json")).ShouldBeFalse();
    }

    [Test]
    public void A_missing_input_file_is_named()
    {
        var (exitCode, _, stderr) = Run("match", PathOf("missing.json"), "--out", PathOf("out.json"));

        exitCode.ShouldBe(MatchingCli.InvalidInput);
        stderr.ShouldStartWith($"error: cannot read {PathOf("missing.json")}");
    }

    [Test]
    public void An_unwritable_output_is_named()
    {
        var (exitCode, _, stderr) = Run("match", Input(Example), "--out", PathOf("no/such/dir/out.json"));

        exitCode.ShouldBe(MatchingCli.InvalidInput);
        stderr.ShouldStartWith($"error: cannot write {PathOf("no/such/dir/out.json")}");
    }

    [TestCase(new string[0], "error: no command given.")]
    [TestCase(new[] { "place" }, "error: unknown command 'place'.")]
    [TestCase(new[] { "match", "in.json" }, "error: option '--out' is required.")]
    [TestCase(new[] { "match", "--out", "out.json" }, "error: the input file is missing.")]
    [TestCase(new[] { "match", "a.json", "b.json", "--out", "out.json" }, "error: unexpected argument 'b.json'.")]
    [TestCase(new[] { "match", "a.json", "--output", "out.json" }, "error: unknown option '--output'.")]
    [TestCase(new[] { "match", "a.json", "--out" }, "error: option '--out' needs a value.")]
    [TestCase(new[] { "generate", "--students", "-1", "--postings", "1", "--choices", "1", "--out", "x" }, "error: option '--students' must be a whole number of at least 0, not '-1'.")]
    [TestCase(new[] { "generate", "--students", "ten", "--postings", "1", "--choices", "1", "--out", "x" }, "error: option '--students' must be a whole number of at least 0, not 'ten'.")]
    [TestCase(new[] { "generate", "--students", "1", "--postings", "1", "--out", "x" }, "error: option '--choices' is required.")]
    public void Bad_usage_fails_with_the_reason_and_the_usage(string[] args, string reason)
    {
        var (exitCode, _, stderr) = Run(args);

        exitCode.ShouldBe(MatchingCli.InvalidUsage);
        stderr.ShouldStartWith(reason + Environment.NewLine);
        stderr.ShouldContain("usage:");
    }

    [Test]
    public void Help_prints_the_usage()
    {
        var (exitCode, stdout, stderr) = Run("help");

        exitCode.ShouldBe(0);
        stdout.ShouldContain("generate --students N --postings M --choices K [--seed S] --out FILE");
        stderr.ShouldBeEmpty();
    }

    [Test]
    public void Generate_writes_the_same_instance_for_the_same_seed_and_match_solves_it()
    {
        string[] Generate(string name, int seed) =>
            ["generate", "--students", "500", "--postings", "60", "--choices", "6", "--seed", $"{seed}", "--out", PathOf(name)];

        var (exitCode, _, stderr) = Run(Generate("a.json", 5));
        Run(Generate("b.json", 5)).ExitCode.ShouldBe(0);
        Run(Generate("c.json", 6)).ExitCode.ShouldBe(0);

        exitCode.ShouldBe(0);
        stderr.ShouldMatch(@"^generate: students=500 postings=60 choices=3000 rankings=\d+ seed=5\r?\n$");
        File.ReadAllBytes(PathOf("b.json")).ShouldBe(File.ReadAllBytes(PathOf("a.json")));
        File.ReadAllBytes(PathOf("c.json")).ShouldNotBe(File.ReadAllBytes(PathOf("a.json")));

        var match = Run("match", PathOf("a.json"), "--out", PathOf("out.json"));
        match.ExitCode.ShouldBe(0);
        match.Stderr.ShouldMatch(@"^match: students=500 postings=60 proposals=\d+ ms=");
    }

    [Test]
    public void Generated_instances_have_the_promised_shape()
    {
        var problem = InstanceGenerator.Generate(students: 2_000, postings: 100, choicesPerStudent: 5, seed: 3);

        problem.StudentCount.ShouldBe(2_000);
        problem.ChoiceEntryCount.ShouldBe(10_000);
        Enumerable.Range(0, 100).Select(problem.CapacityOf).ShouldAllBe(capacity => capacity >= 1 && capacity <= 5);

        // Rankings hold only applicants, about 5% of them left out, and popularity is skewed.
        var applicants = Enumerable.Range(0, 100).Select(p => Enumerable.Range(0, 2_000).Count(s => problem.ChoicesOf(s).Contains(p))).ToArray();
        Enumerable.Range(0, 100).Sum(p => problem.RankingOf(p).ToArray().Count(s => !problem.ChoicesOf(s).Contains(p))).ShouldBe(0);
        ((double)problem.RankingEntryCount / problem.ChoiceEntryCount).ShouldBeInRange(0.93, 0.97);
        applicants.Max().ShouldBeGreaterThan(4 * applicants.Min());
    }

    [Test]
    public void Generating_more_choices_than_postings_lists_every_posting_once()
    {
        var problem = InstanceGenerator.Generate(students: 10, postings: 3, choicesPerStudent: 5, seed: 1);
        var lists = Enumerable.Range(0, 10).Select(s => problem.ChoicesOf(s).ToArray()).ToList();

        lists.ShouldAllBe(list => list.Order().SequenceEqual(new[] { 0, 1, 2 }));
    }

    [TestCase(4)]
    [TestCase(7)]
    [TestCase(64)]
    public void The_streaming_reader_gives_the_same_problem_with_any_buffer_size(int bufferSize)
    {
        var json = File.ReadAllBytes(WriteGenerated());
        var whole = ProblemJsonReader.Read(new MemoryStream(json));
        var pieces = ProblemJsonReader.Read(new TrickleStream(json), bufferSize);

        pieces.PostingIds.ShouldBe(whole.PostingIds);
        pieces.StudentIds.ShouldBe(whole.StudentIds);
        for (var student = 0; student < whole.Problem.StudentCount; student++)
        {
            pieces.Problem.ChoicesOf(student).ToArray().ShouldBe(whole.Problem.ChoicesOf(student).ToArray());
        }

        for (var posting = 0; posting < whole.Problem.PostingCount; posting++)
        {
            pieces.Problem.RankingOf(posting).ToArray().ShouldBe(whole.Problem.RankingOf(posting).ToArray());
            pieces.Problem.CapacityOf(posting).ShouldBe(whole.Problem.CapacityOf(posting));
        }
    }

    [Test]
    public void Writing_then_reading_an_instance_keeps_it()
    {
        var problem = InstanceGenerator.Generate(students: 300, postings: 40, choicesPerStudent: 4, seed: 11);
        var read = ProblemJsonReader.Read(new MemoryStream(File.ReadAllBytes(WriteGenerated(problem))));

        read.PostingIds.ShouldBe(Enumerable.Range(0, 40).Select(p => $"P{p}"));
        read.StudentIds.ShouldBe(Enumerable.Range(0, 300).Select(s => $"S{s}"));
        DeferredAcceptance.Solve(read.Problem).PostingOfStudent.ToArray().ShouldBe(DeferredAcceptance.Solve(problem).PostingOfStudent.ToArray());
    }

    [Test]
    public void The_figures_line_uses_a_decimal_point_whatever_the_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var (_, _, stderr) = Run("match", Input(Example), "--out", PathOf("out.json"));

            Regex.IsMatch(stderr, @"ms=\d+\.\d$", RegexOptions.Multiline).ShouldBeTrue(stderr);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    private string WriteGenerated(MatchingProblem? problem = null)
    {
        problem ??= InstanceGenerator.Generate(students: 200, postings: 30, choicesPerStudent: 5, seed: 2);
        var path = PathOf("generated.json");
        using (var stream = File.Create(path))
        {
            MatchingJson.WriteProblem(stream, problem);
        }

        return path;
    }

    /// <summary>A stream that returns at most a few bytes per read, as a pipe or a slow disk may.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));
    }
}
