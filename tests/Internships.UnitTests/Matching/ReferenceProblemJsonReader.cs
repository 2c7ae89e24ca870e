using System.Text.Json;
using Internships.Cli;
using Internships.Matching;

namespace Internships.UnitTests.Matching;

/// <summary>
/// The command line's reader as it was before it read ids as UTF-8 in batches (each id decoded to UTF-16 and added
/// alone), kept as the model the new reader must agree with: same problem, same messages, on any input.
/// </summary>
/// <remarks>
/// Throws <see cref="JsonException"/> for text that is not JSON, <see cref="InputFormatException"/> for JSON of the
/// wrong shape (naming the place, as in <c>postings[3].capacity</c>), and <see cref="MatchingInputException"/> for
/// data the engine rejects. Unknown properties are ignored.
/// </remarks>
internal sealed class ReferenceProblemJsonReader
{
    private readonly Stream _stream;
    private readonly MatchingProblemBuilder _builder = new();
    private readonly IdSink _appendToRanking;
    private readonly IdSink _appendToChoices;
    private byte[] _buffer;
    private int _length;
    private bool _atEnd;
    private char[] _chars = new char[128];

    private ReferenceProblemJsonReader(Stream stream, int bufferSize)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
        _appendToRanking = _builder.AppendToRanking;
        _appendToChoices = _builder.AppendToChoices;
    }

    public static NamedMatchingProblem Read(Stream stream, int bufferSize = 1 << 20) => ReadRows(stream, bufferSize).Build();

    /// <summary>Reads the whole input into a builder, leaving <see cref="MatchingProblemBuilder.Build"/> (the checks across rows) to the caller.</summary>
    public static MatchingProblemBuilder ReadRows(Stream stream, int bufferSize = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 4);
        return new ReferenceProblemJsonReader(stream, bufferSize).ReadProblem();
    }

    private MatchingProblemBuilder ReadProblem()
    {
        Fill();
        if (_buffer.AsSpan(0, _length).StartsWith("\uFEFF"u8))
        {
            _length -= 3;
            Buffer.BlockCopy(_buffer, 3, _buffer, 0, _length);
            Fill();
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _atEnd, default);
        if (Next(ref reader) != JsonTokenType.StartObject)
        {
            throw new InputFormatException("the input must be a JSON object with \"postings\" and \"students\" arrays.");
        }

        bool sawPostings = false, sawStudents = false;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("postings"u8))
            {
                Once(ref sawPostings, JsonPath.Root, "postings");
                ReadArray(ref reader, "postings", ReadPosting);
            }
            else if (reader.ValueTextEquals("students"u8))
            {
                Once(ref sawStudents, JsonPath.Root, "students");
                ReadArray(ref reader, "students", ReadStudent);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        Required(sawPostings, JsonPath.Root, "postings");
        Required(sawStudents, JsonPath.Root, "students");
        while (!reader.Read())
        {
            if (_atEnd)
            {
                return _builder;
            }

            Refill(ref reader);
        }

        throw new InputFormatException("there is more after the top-level object.");
    }

    private delegate void ItemReader(ref Utf8JsonReader reader, int index);

    private delegate void IdSink(ReadOnlySpan<char> id);

    private void ReadArray(ref Utf8JsonReader reader, string name, ItemReader readItem)
    {
        if (Next(ref reader) != JsonTokenType.StartArray)
        {
            throw new InputFormatException($"\"{name}\" must be an array.");
        }

        for (var index = 0; Next(ref reader) != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InputFormatException($"{name}[{index}] must be an object.");
            }

            readItem(ref reader, index);
        }
    }

    private void ReadPosting(ref Utf8JsonReader reader, int index)
    {
        var path = new JsonPath("postings", index);
        string? id = null;
        int? capacity = null;
        var sawRanking = false;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Once(id is not null, path, "id");
                id = ReadString(ref reader, path.Then("id"));
            }
            else if (reader.ValueTextEquals("capacity"u8))
            {
                Once(capacity is not null, path, "capacity");
                if (Next(ref reader) != JsonTokenType.Number || !reader.TryGetInt32(out var value))
                {
                    throw new InputFormatException($"{path}.capacity must be a whole number.");
                }

                capacity = value;
            }
            else if (reader.ValueTextEquals("ranking"u8))
            {
                Once(ref sawRanking, path, "ranking");
                ReadIds(ref reader, path.Then("ranking"), "student", _appendToRanking);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        Required(id is not null, path, "id");
        Required(capacity is not null, path, "capacity");
        Required(sawRanking, path, "ranking");
        _builder.CompletePosting(id!, capacity!.Value);
    }

    private void ReadStudent(ref Utf8JsonReader reader, int index)
    {
        var path = new JsonPath("students", index);
        string? id = null;
        var sawChoices = false;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Once(id is not null, path, "id");
                id = ReadString(ref reader, path.Then("id"));
            }
            else if (reader.ValueTextEquals("choices"u8))
            {
                Once(ref sawChoices, path, "choices");
                ReadIds(ref reader, path.Then("choices"), "posting", _appendToChoices);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        Required(id is not null, path, "id");
        Required(sawChoices, path, "choices");
        _builder.CompleteStudent(id!);
    }

    private void ReadIds(ref Utf8JsonReader reader, JsonPath path, string kind, IdSink append)
    {
        if (Next(ref reader) != JsonTokenType.StartArray)
        {
            throw new InputFormatException($"{path} must be an array of {kind} ids.");
        }

        for (var index = 0; Next(ref reader) != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new InputFormatException($"{path}[{index}] must be a string ({kind} id).");
            }

            append(CurrentChars(ref reader, path.At(index)));
        }
    }

    private string ReadString(ref Utf8JsonReader reader, JsonPath path)
    {
        if (Next(ref reader) != JsonTokenType.String)
        {
            throw new InputFormatException($"{path} must be a string.");
        }

        return CurrentChars(ref reader, path).ToString();
    }

    /// <summary>The current string token, unescaped into a reused buffer: no string is allocated for a known id.</summary>
    private ReadOnlySpan<char> CurrentChars(ref Utf8JsonReader reader, JsonPath path)
    {
        // The buffer is contiguous, so the value is a span; its UTF-8 length bounds its UTF-16 length.
        if (_chars.Length < reader.ValueSpan.Length)
        {
            _chars = new char[reader.ValueSpan.Length];
        }

        try
        {
            return _chars.AsSpan(0, reader.CopyString(_chars));
        }
        catch (InvalidOperationException)
        {
            throw new InputFormatException($"{path} holds text that is not valid UTF-8.");
        }
    }

    private void SkipValue(ref Utf8JsonReader reader)
    {
        var token = Next(ref reader);
        if (token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        while (Next(ref reader) is not (JsonTokenType.EndObject or JsonTokenType.EndArray) || reader.CurrentDepth != depth)
        {
        }
    }

    private JsonTokenType Next(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_atEnd)
            {
                throw new InputFormatException("the input ends too early.");
            }

            Refill(ref reader);
        }

        return reader.TokenType;
    }

    /// <summary>Keeps the unread tail, tops the buffer up from the stream, and resumes the reader where it stopped.</summary>
    private void Refill(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        if (consumed == 0 && _length == _buffer.Length)
        {
            // One token longer than the whole buffer.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else
        {
            _length -= consumed;
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, _length);
        }

        Fill();
        reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _atEnd, reader.CurrentState);
    }

    private void Fill()
    {
        while (_length < _buffer.Length && !_atEnd)
        {
            var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
            _atEnd = read == 0;
            _length += read;
        }
    }

    private static void Once(ref bool seen, JsonPath path, string property)
    {
        Once(seen, path, property);
        seen = true;
    }

    private static void Once(bool seen, JsonPath path, string property)
    {
        if (seen)
        {
            throw new InputFormatException($"{path} has \"{property}\" twice.");
        }
    }

    private static void Required(bool seen, JsonPath path, string property)
    {
        if (!seen)
        {
            throw new InputFormatException($"{path} has no \"{property}\".");
        }
    }
}
