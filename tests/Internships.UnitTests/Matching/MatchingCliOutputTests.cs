using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Internships.Cli;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary><c>match</c> writes what it wrote before it was made faster, byte for byte (see <see cref="Golden"/>).</summary>
public sealed class MatchingCliOutputTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("match-output-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void A_generated_round_gives_the_golden_output()
    {
        var output = Match(Generate(students: 500, postings: 60, choices: 6, seed: 5));

        output.ShouldBe(File.ReadAllBytes(Golden.PathOf("generated-500x60x6-seed5.expected.json")));
    }

    [Test]
    public void A_larger_generated_round_gives_the_output_with_the_golden_hash()
    {
        // 20,000 students x 2,000 postings x 10 choices: 1.2 MB of output, kept as its SHA-256.
        var output = Match(Generate(students: 20_000, postings: 2_000, choices: 10, seed: 9));

        Convert.ToHexStringLower(SHA256.HashData(output)).ShouldBe("6e1cb68cac8bdc251f4b1a8625907af6f5aa0f7f9bacc25b6c6a64758f4aa578");
    }

    [Test]
    public void Ids_that_need_escaping_or_are_not_ascii_give_the_golden_output()
    {
        var output = Match(Golden.PathOf("unusual-ids.json"));

        Encoding.UTF8.GetString(output).ShouldBe(File.ReadAllText(Golden.PathOf("unusual-ids.expected.json")));
    }

    [Test]
    public void The_writer_copies_unescaped_exactly_the_ascii_that_Utf8JsonWriter_leaves_unescaped()
    {
        for (var b = 0; b < 0x80; b++)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, MatchingJson.WriterOptions))
            {
                writer.WriteStringValue([(byte)b]);
            }

            var leftAsItIs = stream.ToArray().AsSpan().SequenceEqual([(byte)'"', (byte)b, (byte)'"']);
            ResultJsonWriter.IsPlain([(byte)b]).ShouldBe(leftAsItIs, $"byte 0x{b:X2}");
        }
    }

    private string Generate(int students, int postings, int choices, int seed)
    {
        var path = Path.Combine(_directory, "in.json");
        using var stream = File.Create(path);
        MatchingJson.WriteProblem(stream, InstanceGenerator.Generate(students, postings, choices, seed));
        return path;
    }

    private byte[] Match(string input)
    {
        var output = Path.Combine(_directory, "out.json");
        var stderr = new StringWriter();
        MatchingCli.Run(["match", input, "--out", output], new StringWriter(), stderr).ShouldBe(0, stderr.ToString());
        return File.ReadAllBytes(output);
    }
}
