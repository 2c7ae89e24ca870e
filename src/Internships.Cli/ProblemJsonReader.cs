using System.Text.Json;
using System.Text.Unicode;
using Internships.Matching;

namespace Internships.Cli;

/// <summary>
/// Reads the <c>match</c> input straight into a <see cref="MatchingProblemBuilder"/>, token by token through one
/// reusable buffer, so a million students' file never sits in memory whole, nor as millions of small objects. Ids
/// stay UTF-8 as they are in the file (unescaped if escaped, never made into strings) and go to the builder a
/// batch of a list at a time, which interns them side by side (see <see cref="Utf8IdBatch"/>).
/// </summary>
/// <remarks>
/// Throws <see cref="JsonException"/> for text that is not JSON, <see cref="InputFormatException"/> for JSON of the
/// wrong shape (naming the place, as in <c>postings[3].capacity</c>), and <see cref="MatchingInputException"/> for
/// data the engine rejects. Unknown properties are ignored.
/// </remarks>
internal sealed class ProblemJsonReader
{
    private readonly Stream _stream;
    private readonly MatchingProblemBuilder _builder = new();
    private readonly Utf8IdBatch _batch = new();
    private byte[] _buffer;
    private int _length;
    private bool _atEnd;
    private byte[] _rowId = new byte[64];

    private ProblemJsonReader(Stream stream, int bufferSize)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    public static NamedMatchingProblem Read(Stream stream, int bufferSize = 1 << 20) => ReadRows(stream, bufferSize).Build();

    /// <summary>Reads the whole input into a builder, leaving <see cref="MatchingProblemBuilder.Build"/> (the checks across rows) to the caller.</summary>
    public static MatchingProblemBuilder ReadRows(Stream stream, int bufferSize = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 4);
        return new ProblemJsonReader(stream, bufferSize).ReadProblem();
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
                ReadArray(ref reader, "postings", postings: true);
            }
            else if (reader.ValueTextEquals("students"u8))
            {
                Once(ref sawStudents, JsonPath.Root, "students");
                ReadArray(ref reader, "students", postings: false);
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

    private void ReadArray(ref Utf8JsonReader reader, string name, bool postings)
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

            if (postings)
            {
                ReadPosting(ref reader, index);
            }
            else
            {
                ReadStudent(ref reader, index);
            }
        }
    }

    private void ReadPosting(ref Utf8JsonReader reader, int index)
    {
        var path = new JsonPath("postings", index);
        var idLength = -1;
        int? capacity = null;
        var sawRanking = false;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Once(idLength >= 0, path, "id");
                idLength = ReadRowId(ref reader, path.Then("id"));
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
                ReadIds(ref reader, path.Then("ranking"), "student", ranking: true);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        Required(idLength >= 0, path, "id");
        Required(capacity is not null, path, "capacity");
        Required(sawRanking, path, "ranking");
        _builder.CompletePosting(_rowId.AsSpan(0, idLength), capacity!.Value);
    }

    private void ReadStudent(ref Utf8JsonReader reader, int index)
    {
        var path = new JsonPath("students", index);
        var idLength = -1;
        var sawChoices = false;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                Once(idLength >= 0, path, "id");
                idLength = ReadRowId(ref reader, path.Then("id"));
                _builder.PrefetchStudent(_rowId.AsSpan(0, idLength));
            }
            else if (reader.ValueTextEquals("choices"u8))
            {
                Once(ref sawChoices, path, "choices");
                ReadIds(ref reader, path.Then("choices"), "posting", ranking: false);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        Required(idLength >= 0, path, "id");
        Required(sawChoices, path, "choices");
        _builder.CompleteStudent(_rowId.AsSpan(0, idLength));
    }

    private void ReadIds(ref Utf8JsonReader reader, JsonPath path, string kind, bool ranking)
    {
        if (Next(ref reader) != JsonTokenType.StartArray)
        {
            throw new InputFormatException($"{path} must be an array of {kind} ids.");
        }

        _batch.Clear();
        for (var index = 0; Next(ref reader) != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new InputFormatException($"{path}[{index}] must be a string ({kind} id).");
            }

            var room = _batch.Reserve(reader.ValueSpan.Length);
            _batch.Commit(CopyUtf8(ref reader, room, path.At(index)));
            if (_batch.IsFull)
            {
                Append(ranking);
            }
        }

        Append(ranking);
    }

    private void Append(bool ranking)
    {
        if (ranking)
        {
            _builder.AppendToRanking(_batch);
        }
        else
        {
            _builder.AppendToChoices(_batch);
        }

        _batch.Clear();
    }

    /// <summary>Copies the row's own id, which must outlive the buffer's refills until the row is complete; returns its length.</summary>
    private int ReadRowId(ref Utf8JsonReader reader, JsonPath path)
    {
        if (Next(ref reader) != JsonTokenType.String)
        {
            throw new InputFormatException($"{path} must be a string.");
        }

        if (_rowId.Length < reader.ValueSpan.Length)
        {
            _rowId = new byte[reader.ValueSpan.Length];
        }

        return CopyUtf8(ref reader, _rowId, path);
    }

    /// <summary>
    /// Copies the current string token's text as UTF-8, unescaped, to <paramref name="destination"/> (as long as the
    /// token at least: unescaping never lengthens text); returns its length.
    /// </summary>
    private static int CopyUtf8(ref Utf8JsonReader reader, Span<byte> destination, JsonPath path)
    {
        // The buffer is contiguous, so the value is one span. The reader checks a string's UTF-8 only when asked to
        // unescape it, so unescaped text is checked here, as the engine compares ids as UTF-8.
        int length;
        try
        {
            length = reader.ValueIsEscaped ? reader.CopyString(destination) : Copy(reader.ValueSpan, destination);
        }
        catch (InvalidOperationException)
        {
            length = -1;
        }

        return length >= 0 && IsUtf8(destination[..length])
            ? length
            : throw new InputFormatException($"{path} holds text that is not valid UTF-8.");
    }

    private static bool IsUtf8(ReadOnlySpan<byte> text)
    {
        // Most ids are a few ASCII bytes: a plain loop checks those faster than a call to a vectorised check.
        foreach (var b in text)
        {
            if (b >= 0x80)
            {
                return Utf8.IsValid(text);
            }
        }

        return true;
    }

    private static int Copy(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        value.CopyTo(destination);
        return value.Length;
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
