using System.Text.Encodings.Web;
using System.Text.Json;
using Internships.Matching;

namespace Internships.Cli;

/// <summary>Writes the instances that <c>generate</c> makes, streaming; <see cref="ResultJsonWriter"/> writes <c>match</c>'s output.</summary>
internal static class MatchingJson
{
    // Ids are written as they are (accents included): the files are data, never embedded in HTML.
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private const int FlushThreshold = 1 << 16;

    /// <summary>The <c>match</c> input for a problem by index, naming posting i "P{i}" and student j "S{j}".</summary>
    public static void WriteProblem(Stream stream, MatchingProblem problem)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Span<char> id = stackalloc char[12];
        writer.WriteStartObject();
        writer.WriteStartArray("postings");
        for (var posting = 0; posting < problem.PostingCount; posting++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", Id(id, 'P', posting));
            writer.WriteNumber("capacity", problem.CapacityOf(posting));
            writer.WriteStartArray("ranking");
            foreach (var student in problem.RankingOf(posting))
            {
                writer.WriteStringValue(Id(id, 'S', student));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("students");
        for (var student = 0; student < problem.StudentCount; student++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", Id(id, 'S', student));
            writer.WriteStartArray("choices");
            foreach (var posting in problem.ChoicesOf(student))
            {
                writer.WriteStringValue(Id(id, 'P', posting));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static ReadOnlySpan<char> Id(Span<char> buffer, char prefix, int index)
    {
        buffer[0] = prefix;
        index.TryFormat(buffer[1..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        return buffer[..(written + 1)];
    }

    // A writer over a stream buffers everything until flushed; flush as we go to keep memory flat.
    private static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }
}
