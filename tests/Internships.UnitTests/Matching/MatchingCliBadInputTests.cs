using Internships.Cli;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>Text that is not JSON is refused with where it went wrong, however far into a large file, without reading the file whole.</summary>
public sealed class MatchingCliBadInputTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("match-bad-input-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Text_that_is_not_json_is_refused_with_its_line_and_column_counted_from_one()
    {
        var input = Path.Combine(_directory, "in.json");
        File.WriteAllText(input, "{\n  \"postings\": [],\n  \"students\": [ x ]\n}\n");

        var (exitCode, stderr) = Match(input);

        exitCode.ShouldBe(MatchingCli.InvalidInput);
        stderr.ShouldBe($"error: {input} is not valid JSON at line 3, column 17: 'x' is an invalid start of a value.{Environment.NewLine}");
    }

    [Test]
    public void A_bad_token_at_the_end_of_a_20_MB_input_is_found_with_its_line_and_column_in_bounded_memory()
    {
        // 100,000 students x 10,000 postings x 10 choices, on one line; its last '}' made a ']' that closes nothing.
        var input = Path.Combine(_directory, "in.json");
        using (var stream = File.Create(input))
        {
            MatchingJson.WriteProblem(stream, InstanceGenerator.Generate(students: 100_000, postings: 10_000, choicesPerStudent: 10, seed: 1));
            stream.Position = stream.Length - 1;
            stream.WriteByte((byte)']');
        }

        var length = new FileInfo(input).Length;
        length.ShouldBeGreaterThan(19_000_000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var (exitCode, stderr) = Match(input);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        exitCode.ShouldBe(MatchingCli.InvalidInput);
        stderr.ShouldBe($"error: {input} is not valid JSON at line 1, column {length}: ']' is invalid without a matching open.{Environment.NewLine}");
        File.Exists(Path.Combine(_directory, "out.json")).ShouldBeFalse();

        // What was read up to the bad token is kept, as ints and one copy of each id, in tables that grew as they
        // filled (about 24 MB allocated in all); the file itself never is: reading it whole would add its 20 MB,
        // and twice that as a string.
        allocated.ShouldBeLessThan(length * 3 / 2, $"{allocated:N0} bytes allocated for a file of {length:N0}");
    }

    [Test]
    public void Reading_20_MB_of_values_it_passes_over_takes_no_more_memory_than_its_buffer()
    {
        // An unknown property holding 20 MB of small values, then a bad token: memory must not grow with the file.
        var input = Path.Combine(_directory, "in.json");
        using (var writer = new StreamWriter(input))
        {
            writer.Write("{ \"postings\": [], \"students\": [], \"notes\": [");
            for (var i = 0; i < 2_000_000; i++)
            {
                writer.Write("\"note\", 1, ");
            }

            writer.Write("oops ] }");
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var (exitCode, stderr) = Match(input);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        exitCode.ShouldBe(MatchingCli.InvalidInput);
        stderr.ShouldContain($"is not valid JSON at line 1, column {new FileInfo(input).Length - 7}: ");
        allocated.ShouldBeLessThan(4_000_000, $"{allocated:N0} bytes allocated");
    }

    private (int ExitCode, string Stderr) Match(string input)
    {
        var stderr = new StringWriter();
        var exitCode = MatchingCli.Run(["match", input, "--out", Path.Combine(_directory, "out.json")], new StringWriter(), stderr);
        return (exitCode, stderr.ToString());
    }
}
