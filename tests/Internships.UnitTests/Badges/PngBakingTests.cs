using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Internships.Infrastructure.Badges;
using Shouldly;
using SkiaSharp;

namespace Internships.UnitTests.Badges;

/// <summary>Baking text into PNG iTXt chunks: exact round trips, one chunk per keyword, valid CRCs, unchanged pixels.</summary>
public sealed class PngBakingTests
{
    private TestIssuer _issuer = null!;

    [OneTimeSetUp]
    public void CreateIssuer() => _issuer = new TestIssuer();

    [OneTimeTearDown]
    public void RemoveIssuer() => _issuer.Dispose();

    private static byte[] Plain => BadgeKit.Renderer.Render(BadgeKit.Badge());

    [TestCase("header.payload.signature")]
    [TestCase("Ünïcödé: Grüße, 日本語, emoji 🎓, quotes \" and a\nnew line")]
    [TestCase("")]
    public void Baked_text_reads_back_exactly(string text)
    {
        var baked = PngText.Bake(Plain, "openbadges", text);

        PngText.Read(baked, "openbadges").ShouldBe(text);
    }

    [Test]
    public void Baking_twice_leaves_exactly_one_chunk_with_the_newer_text()
    {
        var once = PngText.Bake(Plain, "openbadgecredential", "first");
        var twice = PngText.Bake(once, "openbadgecredential", "second");

        TextChunks(twice, "openbadgecredential").Count.ShouldBe(1);
        PngText.Read(twice, "openbadgecredential").ShouldBe("second");
    }

    [Test]
    public void Chunks_with_other_keywords_are_kept()
    {
        var both = PngText.Bake(PngText.Bake(Plain, "openbadges", "assertion"), "openbadgecredential", "credential");

        PngText.Read(both, "openbadges").ShouldBe("assertion");
        PngText.Read(both, "openbadgecredential").ShouldBe("credential");
    }

    [Test]
    public void Old_style_text_chunks_with_the_keyword_are_replaced_too()
    {
        var withTextChunk = InsertAfterIhdr(Plain, "tEXt", [.. "openbadges"u8, 0, .. "https://old.example/assertion"u8]);

        var baked = PngText.Bake(withTextChunk, "openbadges", "new");

        PngText.ReadChunks(baked).Count(c => c.Type == "tEXt").ShouldBe(0);
        TextChunks(baked, "openbadges").Count.ShouldBe(1);
    }

    [Test]
    public void Chunk_is_uncompressed_itxt_with_empty_language_and_translated_keyword_right_after_ihdr()
    {
        var baked = PngText.Bake(Plain, "openbadges", "{\"a\":1}");
        var chunks = PngText.ReadChunks(baked);

        chunks[0].Type.ShouldBe("IHDR");
        chunks[1].Type.ShouldBe("iTXt");
        chunks[1].Data.ToArray().ShouldBe([.. "openbadges"u8, 0, 0, 0, 0, 0, .. "{\"a\":1}"u8]);
        chunks[^1].Type.ShouldBe("IEND");
    }

    [Test]
    public void Every_chunk_crc_is_right_by_an_independent_crc()
    {
        var baked = PngText.Bake(Plain, "openbadges", "Grüße 🎓");

        var chunks = PngText.ReadChunks(baked);

        chunks.Count.ShouldBeGreaterThan(3);
        chunks.ShouldAllBe(c => ReferenceCrc32.Of(c.Type, c.Data.ToArray()) == c.StoredCrc);
        // The well-known CRC of an empty IEND chunk.
        chunks[^1].StoredCrc.ShouldBe(0xAE426082u);
    }

    [Test]
    public void Baked_png_decodes_to_the_same_size_and_pixels()
    {
        var plain = Plain;
        var baked = PngText.Bake(plain, "openbadges", new string('x', 5000));

        using var before = SKBitmap.Decode(plain);
        using var after = SKBitmap.Decode(baked);

        after.ShouldNotBeNull();
        after.Width.ShouldBe(before.Width);
        after.Height.ShouldBe(before.Height);
        after.Bytes.ShouldBe(before.Bytes);
        baked.Length.ShouldBeGreaterThan(plain.Length + 5000);
    }

    [Test]
    public void Reader_finds_compressed_itxt_written_by_other_tools()
    {
        using var zlibbed = new MemoryStream();
        using (var zlib = new ZLibStream(zlibbed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write("compressed credential"u8);
        }

        var png = InsertAfterIhdr(Plain, "iTXt", [.. "openbadgecredential"u8, 0, 1, 0, .. "en"u8, 0, 0, .. zlibbed.ToArray()]);

        PngText.Read(png, "openbadgecredential").ShouldBe("compressed credential");
        PngText.Read(png, "openbadges").ShouldBeNull();
    }

    [Test]
    public void Damaged_pngs_are_refused()
    {
        var broken = Plain;
        broken[broken.Length / 2] ^= 0xFF; // inside the image data: its chunk's CRC no longer matches

        Should.Throw<FormatException>(() => PngText.Bake(broken, "openbadges", "x"));
        Should.Throw<FormatException>(() => PngText.Bake("GIF89a"u8.ToArray(), "openbadges", "x"));
        Should.Throw<FormatException>(() => PngText.Bake(Plain[..^12], "openbadges", "x"));
    }

    [Test]
    public void Baked_assertion_image_carries_the_hosted_assertion()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge);

        var baked = _issuer.OpenBadges.BakedAssertionImage(award, badge);

        var assertion = JsonNode.Parse(PngText.Read(baked, "openbadges")!)!.AsObject();
        assertion.ToJsonString().ShouldBe(_issuer.OpenBadges.AssertionDocument(award, badge).ToJsonString());
        using var bitmap = SKBitmap.Decode(baked);
        bitmap.Width.ShouldBe(BadgeImageRenderer.Size);
    }

    [Test]
    public async Task Baked_credential_image_carries_a_jwt_that_verifies()
    {
        var badge = BadgeKit.Badge();
        var award = BadgeKit.Award(badge);

        var jwt = PngText.Read(_issuer.OpenBadges.BakedCredentialImage(award, badge), "openbadgecredential")!;

        (await CredentialJwtTests.MicrosoftVerify(jwt, _issuer.OpenBadges.Jwks().ToJsonString())).IsValid.ShouldBeTrue();
        BadgeKit.Text(BadgeKit.Payload(jwt)["jti"]).ShouldBe(_issuer.OpenBadges.LinksFor(award).Credential);
    }

    [Test]
    public void Uploaded_png_is_baked_as_it_is_and_a_non_png_upload_falls_back_to_the_rendered_image()
    {
        var uploaded = SmallPng(SKColors.OrangeRed);
        var badge = BadgeKit.Badge(image: uploaded);
        var baked = _issuer.OpenBadges.BakedAssertionImage(BadgeKit.Award(badge), badge);
        using (var bitmap = SKBitmap.Decode(baked))
        {
            bitmap.Width.ShouldBe(8);
        }

        var notPng = BadgeKit.Badge(image: "GIF89a not a png"u8.ToArray());
        using var rendered = SKBitmap.Decode(_issuer.OpenBadges.BakedAssertionImage(BadgeKit.Award(notPng), notPng));
        rendered.Width.ShouldBe(BadgeImageRenderer.Size);
    }

    internal static byte[] SmallPng(SKColor colour)
    {
        using var bitmap = new SKBitmap(8, 8);
        bitmap.Erase(colour);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static List<PngChunk> TextChunks(byte[] png, string keyword) =>
        PngText.ReadChunks(png)
            .Where(c => c.Type is "tEXt" or "zTXt" or "iTXt" && c.Data.Span.StartsWith((byte[])[.. Encoding.Latin1.GetBytes(keyword), 0]))
            .ToList();

    /// <summary>Builds a chunk by hand (length, type, data, CRC) and puts it after IHDR.</summary>
    private static byte[] InsertAfterIhdr(byte[] png, string type, byte[] data)
    {
        const int ihdrEnd = 8 + 12 + 13;
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), ReferenceCrc32.Of(type, data));
        return [.. png[..ihdrEnd], .. chunk, .. png[ihdrEnd..]];
    }
}
