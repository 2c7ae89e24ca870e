using System.Buffers.Binary;
using System.Text;

namespace Internships.IntegrationTests.Support;

/// <summary>Reads a PNG's chunks, independently of the product's own code, to check what was baked into it.</summary>
internal static class PngChunks
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static List<(string Type, byte[] Data)> Read(byte[] png)
    {
        Assert.That(png.AsSpan(0, 8).SequenceEqual(Signature), Is.True, "PNG signature");
        var chunks = new List<(string, byte[])>();
        for (var offset = 8; offset < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            chunks.Add((type, png.AsSpan(offset + 8, length).ToArray()));
            offset += 12 + length;
        }

        Assert.That(chunks[^1].Item1, Is.EqualTo("IEND"));
        return chunks;
    }

    /// <summary>The text of every iTXt chunk with this keyword.</summary>
    public static List<string> InternationalText(byte[] png, string keyword) =>
        Read(png).Where(c => c.Type == "iTXt").Select(c => c.Data).Where(d => Encoding.Latin1.GetString(d, 0, Array.IndexOf(d, (byte)0)) == keyword)
            .Select(d =>
            {
                // keyword\0 compressionFlag compressionMethod language\0 translatedKeyword\0 text
                var at = Array.IndexOf(d, (byte)0) + 1;
                Assert.That(d[at], Is.Zero, "the text is not compressed");
                at += 2;
                at = Array.IndexOf(d, (byte)0, at) + 1;
                at = Array.IndexOf(d, (byte)0, at) + 1;
                return Encoding.UTF8.GetString(d, at, d.Length - at);
            })
            .ToList();
}
