using System.Text;
using System.Text.Json;
using Internships.Cli;
using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>
/// The command line's reader, which takes ids as UTF-8 straight from its buffer in batches, against a model that
/// reads the whole document with <see cref="JsonDocument"/> and adds every record with string ids, as the reader did
/// before it was made faster: the same problem from the same input. Refusals are the messages the reader before gave
/// (checked against it when this was written; the golden outputs hold its results, see <see cref="Golden"/>).
/// </summary>
public sealed class ProblemJsonReaderTests
{
    [TestCase(200, 30, 5, 2)]
    [TestCase(3_000, 400, 10, 7)]
    [TestCase(50, 200, 40, 3)]
    [TestCase(0, 5, 3, 1)]
    [TestCase(40, 0, 3, 1)]
    public void Generated_inputs_give_the_problem_the_model_reads(int students, int postings, int choices, int seed)
    {
        var json = Generated(students, postings, choices, seed);

        Describe(ProblemJsonReader.Read(new MemoryStream(json))).ShouldBe(Describe(Model(json)));
    }

    [TestCase(4)]
    [TestCase(9)]
    [TestCase(100)]
    public void A_small_buffer_fed_a_few_bytes_at_a_time_gives_the_same_problem(int bufferSize)
    {
        var json = Generated(300, 40, 6, 11);

        Describe(ProblemJsonReader.Read(new TrickleStream(json), bufferSize)).ShouldBe(Describe(Model(json)));
    }

    [Test]
    public void Ids_that_need_escaping_or_are_not_ascii_are_read_as_the_model_reads_them()
    {
        var json = File.ReadAllBytes(Golden.PathOf("unusual-ids.json"));

        var problem = ProblemJsonReader.Read(new MemoryStream(json), bufferSize: 16);

        Describe(problem).ShouldBe(Describe(Model(json)));
        problem.StudentIds.ShouldContain("emoji😀");
        problem.StudentIds.ShouldContain("tab\there");
        problem.PostingIds.ShouldContain("Café é");
    }

    [Test]
    public void An_id_escaped_in_one_place_and_plain_in_another_is_one_id()
    {
        var problem = Read("""
            { "postings": [ { "id": "Caf\u00e9", "capacity": 1, "ranking": ["\u0053\u0031", "\ud83d\ude00", "a\/b"] } ],
              "students": [ { "id": "S1", "choices": ["Café"] }, { "id": "😀", "choices": ["Caf\u00E9"] }, { "id": "a/b", "choices": [] } ] }
            """);

        problem.PostingIds.ShouldBe(["Café"]);
        problem.StudentIds.ShouldBe(["S1", "😀", "a/b"]);
        problem.Problem.RankingOf(0).ToArray().ShouldBe([0, 1, 2]);
        problem.Problem.ChoicesOf(1).ToArray().ShouldBe([0]);
    }

    [Test]
    public void Ids_are_compared_exactly_however_long_and_however_alike()
    {
        // Ids longer than 8 bytes share their first 8 bytes; short ones differ only in case, length or a NUL.
        string[] students = ["student-00000001", "student-00000002", "student-000000010", "S1", "s1", "S1\u0000", "S", "S10",
            new string('x', 5_000), new string('x', 4_999) + "y"];
        var json = Json(students.Select(s => $"\"{Escape(s)}\""), students.Select(s => $"\"{Escape(s)}\""));

        var problem = ProblemJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), bufferSize: 64);

        problem.StudentIds.ShouldBe(students);
        problem.Problem.RankingOf(0).ToArray().ShouldBe(Enumerable.Range(0, students.Length).ToArray());
    }

    [TestCase("""{ "postings": [ { "id": 7, "capacity": 1, "ranking": [] } ], "students": [] }""", "postings[0].id must be a string.")]
    [TestCase("""{ "postings": [ { "id": "P", "capacity": 1, "ranking": [12] } ], "students": [] }""", "postings[0].ranking[0] must be a string (student id).")]
    [TestCase("""{ "postings": [], "students": [ { "id": "S", "choices": [1.5] } ] }""", "students[0].choices[0] must be a string (posting id).")]
    [TestCase("""{ "postings": [ { "id": "P", "capacity": 1, "ranking": ["\ud800"] } ], "students": [] }""", "postings[0].ranking[0] holds text that is not valid UTF-8.")]
    [TestCase("""{ "postings": [], "students": [ { "id": "\udc00x", "choices": [] } ] }""", "students[0].id holds text that is not valid UTF-8.")]
    [TestCase("""{ "postings": [ { "id": "P", "capacity": 1, "ranking": ["S", ""] } ], "students": [ { "id": "S", "choices": [] } ] }""", "Posting 'P' ranks a null or empty student id.")]
    [TestCase("""{ "postings": [], "students": [ { "id": "S", "choices": ["P"] } ] }""", "Student 'S' lists unknown posting 'P'.")]
    [TestCase("""{ "postings": [ { "id": "P", "capacity": 1, "ranking": ["S", "S"] } ], "students": [ { "id": "S", "choices": [] } ] }""", "Posting 'P' ranks student 'S' twice.")]
    [TestCase("""{ "postings": [], "students": [ { "id": "S\u00e9", "choices": [] }, { "id": "Sé", "choices": [] } ] }""", "Duplicate student id 'Sé'.")]
    [TestCase("""{ "postings": [ { "id": "P", "capacity": 1, "ranking": [] } ], "students": [ { "id": "S", "choices": ["P", "\u0050"] } ] }""", "Student 'S' lists posting 'P' twice.")]
    public void Input_it_cannot_take_is_refused_as_the_old_reader_refused_it(string json, string message) =>
        Refusal(() => Read(json)).ShouldBe(message);

    [Test]
    public void Bytes_that_are_not_utf8_are_refused_in_an_id_and_passed_over_elsewhere()
    {
        // C3 28: a lead byte followed by one that cannot continue it.
        byte[] Input(string before, string after) => [.. Encoding.UTF8.GetBytes(before), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(after)];
        var inId = Input("{ \"postings\": [], \"students\": [ { \"id\": \"S", "\", \"choices\": [] } ] }");
        var elsewhere = Input("{ \"note\": \"", "\", \"postings\": [], \"students\": [] }");

        Refusal(() => ProblemJsonReader.Read(new MemoryStream(inId))).ShouldBe("students[0].id holds text that is not valid UTF-8.");
        ProblemJsonReader.Read(new MemoryStream(elsewhere)).StudentIds.ShouldBeEmpty();
    }

    private static NamedMatchingProblem Read(string json) => ProblemJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    /// <summary>The model: the whole document parsed at once, ids decoded to strings, records added whole.</summary>
    private static NamedMatchingProblem Model(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var postings = root.GetProperty("postings").EnumerateArray().Select(p => new PostingPreferences(
            p.GetProperty("id").GetString()!, p.GetProperty("capacity").GetInt32(), [.. p.GetProperty("ranking").EnumerateArray().Select(s => s.GetString()!)]));
        var students = root.GetProperty("students").EnumerateArray().Select(s => new StudentPreferences(
            s.GetProperty("id").GetString()!, [.. s.GetProperty("choices").EnumerateArray().Select(p => p.GetString()!)]));
        return NamedMatchingProblem.Create(postings.ToList(), students.ToList());
    }

    /// <summary>The message of what the reader threw; with the type's name if it is not one the command line reports as it is.</summary>
    private static string Refusal(Action read)
    {
        var e = Should.Throw<Exception>(read);
        return e is InputFormatException or MatchingInputException ? e.Message : $"{e.GetType().Name}: {e.Message}";
    }

    /// <summary>Everything the engine takes from a problem, as text: ids in order, capacities, every list by index.</summary>
    private static string Describe(NamedMatchingProblem named)
    {
        var problem = named.Problem;
        var text = new StringBuilder();
        text.AppendLine(string.Join('|', named.PostingIds)).AppendLine(string.Join('|', named.StudentIds));
        for (var posting = 0; posting < problem.PostingCount; posting++)
        {
            text.Append(problem.CapacityOf(posting)).Append(':').AppendJoin(',', problem.RankingOf(posting).ToArray()).AppendLine();
        }

        for (var student = 0; student < problem.StudentCount; student++)
        {
            text.AppendJoin(',', problem.ChoicesOf(student).ToArray()).AppendLine();
        }

        return text.ToString();
    }

    private static byte[] Generated(int students, int postings, int choices, int seed)
    {
        using var stream = new MemoryStream();
        MatchingJson.WriteProblem(stream, InstanceGenerator.Generate(students, postings, choices, seed));
        return stream.ToArray();
    }

    /// <summary>One posting ranking every student, and the students, with the JSON given for each id.</summary>
    private static string Json(IEnumerable<string> ranking, IEnumerable<string> studentIds) =>
        $$"""{ "postings": [ { "id": "P", "capacity": 1, "ranking": [{{string.Join(", ", ranking)}}] } ], "students": [{{string.Join(", ", studentIds.Select(id => $$"""{ "id": {{id}}, "choices": [] }"""))}}] }""";

    private static string Escape(string id) => id.Replace("\0", "\\u0000", StringComparison.Ordinal);

    /// <summary>A stream that returns at most a few bytes per read, as a pipe or a slow disk may.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));
    }
}
