using System.Buffers;
using System.Text.Json;
using Internships.Matching;

namespace Internships.Cli;

/// <summary>
/// Writes <c>match</c>'s output, <c>{"assignments":[{"student":..,"posting":..}],"unmatched":[..]}</c> with students
/// in input order, as UTF-8 bytes straight into one buffer flushed to the stream: the ids are copied as they were
/// read, and each posting's is encoded once, however many students it takes.
/// </summary>
/// <remarks>
/// The bytes are exactly those <see cref="Utf8JsonWriter"/> writes with <see cref="MatchingJson.WriterOptions"/>
/// (compact, ids unescaped where JSON allows): an id of printable ASCII other than <c>"</c> and <c>\</c> needs no
/// escaping and is copied; any other id is escaped by a <see cref="Utf8JsonWriter"/> itself, so the two can never
/// disagree. The tests hold the output to the one the writer gave before this class existed.
/// </remarks>
internal sealed class ResultJsonWriter
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly ArrayBufferWriter<byte> _escaped = new();
    private readonly Utf8JsonWriter _escaper;
    private int _used;

    private ResultJsonWriter(Stream stream)
    {
        _stream = stream;
        _escaper = new Utf8JsonWriter(_escaped, MatchingJson.WriterOptions);
    }

    public static void Write(Stream stream, NamedMatchingProblem problem, MatchingResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        new ResultJsonWriter(stream).WriteResult(problem, result);
    }

    private void WriteResult(NamedMatchingProblem problem, MatchingResult result)
    {
        var (postingJson, postingStarts) = EncodePostingIds(problem);
        var postingOf = result.PostingOfStudent;
        Raw("{\"assignments\":["u8);
        var first = true;
        for (var student = 0; student < postingOf.Length; student++)
        {
            var posting = postingOf[student];
            if (posting != MatchingResult.Unmatched)
            {
                Raw(first ? "{\"student\":"u8 : ",{\"student\":"u8);
                first = false;
                String(problem.StudentIdUtf8(student));
                Raw(",\"posting\":"u8);
                Raw(postingJson.AsSpan(postingStarts[posting], postingStarts[posting + 1] - postingStarts[posting]));
                Raw("}"u8);
            }
        }

        Raw("],\"unmatched\":["u8);
        first = true;
        for (var student = 0; student < postingOf.Length; student++)
        {
            if (postingOf[student] == MatchingResult.Unmatched)
            {
                if (!first)
                {
                    Raw(","u8);
                }

                first = false;
                String(problem.StudentIdUtf8(student));
            }
        }

        Raw("]}"u8);
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Every posting's id as a JSON string, quotes included, back to back; posting p's is at [starts[p], starts[p + 1]).</summary>
    private (byte[] Json, int[] Starts) EncodePostingIds(NamedMatchingProblem problem)
    {
        var count = problem.Problem.PostingCount;
        var starts = new int[count + 1];
        var json = new ArrayBufferWriter<byte>();
        for (var posting = 0; posting < count; posting++)
        {
            var quoted = Quoted(problem.PostingIdUtf8(posting));
            quoted.CopyTo(json.GetSpan(quoted.Length));
            json.Advance(quoted.Length);
            starts[posting + 1] = json.WrittenCount;
        }

        return (json.WrittenSpan.ToArray(), starts);
    }

    private void String(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length + 2 <= BufferSize - _used && IsPlain(utf8))
        {
            _buffer[_used] = (byte)'"';
            utf8.CopyTo(_buffer.AsSpan(_used + 1));
            _buffer[_used + 1 + utf8.Length] = (byte)'"';
            _used += utf8.Length + 2;
            return;
        }

        Raw(Quoted(utf8));
    }

    /// <summary>Printable ASCII but for <c>"</c> and <c>\</c>: text that JSON takes as it is (a loop: ids are short).</summary>
    internal static bool IsPlain(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is < 0x20 or > 0x7E or (byte)'"' or (byte)'\\')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An id as a JSON string, quotes included, as <see cref="Utf8JsonWriter"/> writes it; valid until the next call.</summary>
    private ReadOnlySpan<byte> Quoted(ReadOnlySpan<byte> utf8)
    {
        _escaped.ResetWrittenCount();
        _escaper.Reset();
        _escaper.WriteStringValue(utf8);
        _escaper.Flush();
        return _escaped.WrittenSpan;
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferSize - _used)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
            if (bytes.Length > BufferSize)
            {
                _stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }
}
