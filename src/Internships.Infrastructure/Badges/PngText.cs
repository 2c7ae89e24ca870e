using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Internships.Infrastructure.Badges;

/// <summary>One chunk of a PNG datastream: its 4-letter type, its data and the CRC stored after it.</summary>
public sealed record PngChunk(string Type, ReadOnlyMemory<byte> Data, uint StoredCrc)
{
    /// <summary>The CRC-32 the PNG spec defines, over the chunk type and data.</summary>
    public uint ComputedCrc => PngText.Crc(Type, Data.Span);
}

/// <summary>
/// Baking: text carried in a PNG's iTXt chunks, as Open Badges stores an assertion ("openbadges") or a credential
/// ("openbadgecredential") in the badge image. Every other chunk, image data included, is copied byte for byte.
/// </summary>
public static class PngText
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly string[] TextChunkTypes = ["tEXt", "zTXt", "iTXt"];

    public static bool IsPng(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    /// <summary>
    /// The PNG with exactly one uncompressed iTXt chunk carrying <paramref name="text"/> under <paramref name="keyword"/>,
    /// placed right after IHDR so a reader that stops at the first match finds it before the image data. Text chunks
    /// (tEXt, zTXt or iTXt) with the same keyword are dropped, so baking twice replaces rather than adds.
    /// </summary>
    public static byte[] Bake(byte[] png, string keyword, string text)
    {
        var keywordBytes = KeywordBytes(keyword);
        var chunks = ReadChunks(png);
        using var output = new MemoryStream(png.Length + text.Length * 3 + 64);
        output.Write(Signature);
        foreach (var chunk in chunks)
        {
            if (TextChunkTypes.Contains(chunk.Type) && KeywordOf(chunk.Data.Span).SequenceEqual(keywordBytes))
            {
                continue;
            }

            WriteChunk(output, chunk.Type, chunk.Data.Span);
            if (chunk.Type == "IHDR")
            {
                WriteChunk(output, "iTXt", InternationalText(keywordBytes, text));
            }
        }

        return output.ToArray();
    }

    /// <summary>The text of the first iTXt chunk with <paramref name="keyword"/>, or null when there is none.</summary>
    public static string? Read(byte[] png, string keyword)
    {
        var keywordBytes = KeywordBytes(keyword);
        foreach (var chunk in ReadChunks(png))
        {
            if (chunk.Type == "iTXt" && KeywordOf(chunk.Data.Span).SequenceEqual(keywordBytes))
            {
                return TextOf(chunk.Data.Span);
            }
        }

        return null;
    }

    /// <summary>
    /// The chunks of a PNG datastream, from IHDR to IEND. Throws <see cref="FormatException"/> for anything else:
    /// a missing signature, a truncated or oversized chunk, a wrong CRC, or no IEND.
    /// </summary>
    public static IReadOnlyList<PngChunk> ReadChunks(byte[] png)
    {
        if (!IsPng(png))
        {
            throw new FormatException("Not a PNG: the signature is missing.");
        }

        var chunks = new List<PngChunk>();
        var position = Signature.Length;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            if (length > int.MaxValue || position + 12 + (long)length > png.Length)
            {
                throw new FormatException($"PNG chunk at byte {position} runs past the end of the data.");
            }

            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = new ReadOnlyMemory<byte>(png, position + 8, (int)length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + (int)length));
            var chunk = new PngChunk(type, data, storedCrc);
            if (chunk.ComputedCrc != storedCrc)
            {
                throw new FormatException($"PNG chunk {type} at byte {position} has a wrong CRC.");
            }

            if (chunks.Count == 0 && type != "IHDR")
            {
                throw new FormatException("A PNG starts with its IHDR chunk.");
            }

            chunks.Add(chunk);
            position += 12 + (int)length;
            if (type == "IEND")
            {
                return chunks;
            }
        }

        throw new FormatException("PNG ends without an IEND chunk.");
    }

    internal static uint Crc(string type, ReadOnlySpan<byte> data)
    {
        var crc = new Crc32();
        crc.Append(Encoding.ASCII.GetBytes(type));
        crc.Append(data);
        return crc.GetCurrentHashAsUInt32();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        output.Write(number);
        output.Write(Encoding.ASCII.GetBytes(type));
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(type, data));
        output.Write(number);
    }

    /// <summary>
    /// iTXt data: keyword, NUL, compression flag 0, compression method 0, empty language tag and NUL, empty
    /// translated keyword and NUL, then the UTF-8 text (not NUL-terminated).
    /// </summary>
    private static byte[] InternationalText(byte[] keyword, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var data = new byte[keyword.Length + 5 + utf8.Length];
        keyword.CopyTo(data, 0);
        // The five bytes after the keyword are all zero: its NUL, flag, method and the two empty strings' NULs.
        utf8.CopyTo(data, keyword.Length + 5);
        return data;
    }

    private static string TextOf(ReadOnlySpan<byte> itxt)
    {
        var rest = itxt[(KeywordOf(itxt).Length + 1)..];
        if (rest.Length < 2)
        {
            throw new FormatException("iTXt chunk ends before its compression fields.");
        }

        var compressed = rest[0] == 1;
        rest = rest[2..];
        rest = rest[(NulTerminated(rest).Length + 1)..]; // language tag
        rest = rest[(NulTerminated(rest).Length + 1)..]; // translated keyword
        if (!compressed)
        {
            return Encoding.UTF8.GetString(rest);
        }

        using var zlib = new ZLibStream(new MemoryStream(rest.ToArray()), CompressionMode.Decompress);
        using var text = new MemoryStream();
        zlib.CopyTo(text);
        return Encoding.UTF8.GetString(text.ToArray());
    }

    private static ReadOnlySpan<byte> KeywordOf(ReadOnlySpan<byte> textChunk) => NulTerminated(textChunk);

    private static ReadOnlySpan<byte> NulTerminated(ReadOnlySpan<byte> data)
    {
        var end = data.IndexOf((byte)0);
        return end < 0 ? throw new FormatException("PNG text chunk field is not NUL-terminated.") : data[..end];
    }

    /// <summary>PNG keywords are 1 to 79 Latin-1 characters; ours are plain ASCII names.</summary>
    private static byte[] KeywordBytes(string keyword)
    {
        if (keyword.Length is < 1 or > 79 || keyword.Any(c => c is < ' ' or > '~'))
        {
            throw new ArgumentException("A PNG keyword is 1 to 79 printable ASCII characters.", nameof(keyword));
        }

        return Encoding.Latin1.GetBytes(keyword);
    }
}
