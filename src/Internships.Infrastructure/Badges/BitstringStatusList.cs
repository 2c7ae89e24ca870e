using System.Buffers.Text;
using System.IO.Compression;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// The W3C Bitstring Status List encoding: one bit per credential, index 0 the left-most (most significant) bit of
/// the first byte, GZIP-compressed, then multibase base64url without padding ("u" prefix).
/// </summary>
public static class BitstringStatusList
{
    /// <summary>131,072 bits (16 KiB): the spec's minimum, large enough that fetching a list says little about which award is checked.</summary>
    public const int Length = 131_072;

    private const char MultibaseBase64Url = 'u';

    public static string Encode(IEnumerable<int> setIndexes, int length = Length)
    {
        if (length <= 0 || length % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A status list is a positive whole number of bytes.");
        }

        var bits = new byte[length / 8];
        foreach (var index in setIndexes)
        {
            if (index < 0 || index >= length)
            {
                throw new ArgumentOutOfRangeException(nameof(setIndexes), index, $"Status list indexes run from 0 to {length - 1}.");
            }

            bits[index >> 3] |= (byte)(0x80 >> (index & 7));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return MultibaseBase64Url + Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>The uncompressed bitstring of an encodedList, as a verifier reads it.</summary>
    public static byte[] Decode(string encodedList)
    {
        if (string.IsNullOrEmpty(encodedList) || encodedList[0] != MultibaseBase64Url)
        {
            throw new FormatException("An encodedList is multibase base64url: it starts with 'u'.");
        }

        var compressed = Base64Url.DecodeFromChars(encodedList.AsSpan(1));
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        return bits.ToArray();
    }

    public static bool IsSet(byte[] bitstring, int index) => (bitstring[index >> 3] & (0x80 >> (index & 7))) != 0;

    /// <summary>The indexes whose bit is set, in ascending order.</summary>
    public static IReadOnlyList<int> SetIndexes(string encodedList)
    {
        var bitstring = Decode(encodedList);
        var set = new List<int>();
        for (var index = 0; index < bitstring.Length * 8; index++)
        {
            if (IsSet(bitstring, index))
            {
                set.Add(index);
            }
        }

        return set;
    }
}
