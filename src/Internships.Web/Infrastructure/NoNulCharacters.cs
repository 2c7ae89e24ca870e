using System.Text.Json;
using System.Text.Json.Serialization;

namespace Internships.Web.Infrastructure;

/// <summary>
/// A string in a request may not hold the NUL character: PostgreSQL cannot store it in text, so it failed as a 500 at
/// the save (found by the API fuzz test: <c>POST /api/schools</c> with such a city). Refused at the door instead, a 400
/// naming the field like any other value that cannot be read.
/// </summary>
internal sealed class NoNulCharacters : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Checked(reader.GetString()!) : throw new JsonException("Expected a string.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);

    private static string Checked(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? throw new JsonException("A string holds the NUL character.") : value;
}
