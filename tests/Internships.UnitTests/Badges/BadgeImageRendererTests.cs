using Internships.Domain.Badges;
using Internships.Infrastructure.Badges;
using Shouldly;
using SkiaSharp;

namespace Internships.UnitTests.Badges;

public sealed class BadgeImageRendererTests
{
    [Test]
    public void Renders_a_512_pixel_png_that_decodes()
    {
        var png = BadgeKit.Renderer.Render(BadgeKit.Badge());

        PngText.IsPng(png).ShouldBeTrue();
        using var bitmap = SKBitmap.Decode(png);
        bitmap.ShouldNotBeNull();
        bitmap.Width.ShouldBe(512);
        bitmap.Height.ShouldBe(512);
        // The medallion is drawn in the badge's colour and the corners stay transparent.
        bitmap.GetPixel(256, 60).ShouldBe(SKColor.Parse("#1F6FB2"));
        bitmap.GetPixel(2, 2).Alpha.ShouldBe((byte)0);
    }

    [Test]
    public void Kinds_draw_different_shapes()
    {
        var images = Enum.GetValues<BadgeKind>().Select(kind => Pixels(BadgeKit.Renderer.Render(BadgeKit.Badge(kind)))).ToList();

        images.Distinct(new ByteArrayComparer()).Count().ShouldBe(3);
        // A hexagon's flat-sided corner region is empty where the circle is filled.
        using var circle = SKBitmap.Decode(BadgeKit.Renderer.Render(BadgeKit.Badge(BadgeKind.Completion)));
        using var hexagon = SKBitmap.Decode(BadgeKit.Renderer.Render(BadgeKit.Badge(BadgeKind.Capacity)));
        circle.GetPixel(256, 30).Alpha.ShouldBe((byte)255);
        circle.GetPixel(24, 256).Alpha.ShouldBe((byte)255);
        hexagon.GetPixel(24, 256).Alpha.ShouldBe((byte)0);
    }

    [Test]
    public void Colours_draw_differently()
    {
        using var green = SKBitmap.Decode(BadgeKit.Renderer.Render(BadgeKit.Badge(colour: "#2E7D32")));
        using var yellow = SKBitmap.Decode(BadgeKit.Renderer.Render(BadgeKit.Badge(colour: "#FFD54F")));

        green.GetPixel(256, 60).ShouldBe(SKColor.Parse("#2E7D32"));
        yellow.GetPixel(256, 60).ShouldBe(SKColor.Parse("#FFD54F"));
    }

    [Test]
    public void Names_are_drawn()
    {
        var badge = BadgeKit.Badge(name: "Short");
        var blank = Pixels(BadgeKit.Renderer.Render(BadgeKit.Badge(name: " ")));

        Pixels(BadgeKit.Renderer.Render(badge)).ShouldNotBe(blank);
        Pixels(BadgeKit.Renderer.Render(BadgeKit.Badge(name: "Shorter"))).ShouldNotBe(Pixels(BadgeKit.Renderer.Render(badge)));
    }

    [Test]
    public void Uploaded_image_is_returned_as_it_is()
    {
        var uploaded = PngBakingTests.SmallPng(SKColors.Teal);
        using var issuer = new TestIssuer();

        issuer.OpenBadges.Image(BadgeKit.Badge(image: uploaded)).ShouldBeSameAs(uploaded);
        issuer.OpenBadges.Image(BadgeKit.Badge()).ShouldNotBeSameAs(uploaded);
    }

    [Test]
    public void Same_badge_renders_from_cache_and_callers_get_their_own_copy()
    {
        var badge = BadgeKit.Badge();
        var first = BadgeKit.Renderer.Render(badge);
        first[100] ^= 0xFF;

        var second = BadgeKit.Renderer.Render(badge);

        second.ShouldNotBeSameAs(first);
        second[100].ShouldNotBe(first[100]);
        PngText.ReadChunks(second).ShouldNotBeEmpty();
    }

    [Test]
    public void A_missing_font_family_falls_back_and_still_renders()
    {
        var renderer = new BadgeImageRenderer("No Such Font Family 1234");

        using var bitmap = SKBitmap.Decode(renderer.Render(BadgeKit.Badge(BadgeKind.Competency)));

        bitmap.Width.ShouldBe(512);
        renderer.FontFamily.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public void A_malformed_colour_falls_back_to_the_default_blue()
    {
        BadgeImageRenderer.ParseColour("blue").ShouldBe(SKColor.Parse("#1F6FB2"));
        BadgeImageRenderer.ParseColour("#12345").ShouldBe(SKColor.Parse("#1F6FB2"));
        BadgeImageRenderer.ParseColour("#2E7D32").ShouldBe(SKColor.Parse("#2E7D32"));
    }

    [Test]
    public void Names_wrap_by_words_within_the_width()
    {
        // Ten units a character.
        static float Measure(string s) => s.Length * 10f;

        BadgeImageRenderer.WrapName("Civil Engineering Internship", Measure, 180, 3, out var fits)
            .ShouldBe(["Civil Engineering", "Internship"]);
        fits.ShouldBeTrue();
        BadgeImageRenderer.WrapName("Civil Engineering Internship", Measure, 120, 3, out fits)
            .ShouldBe(["Civil", "Engineering", "Internship"]);
        fits.ShouldBeTrue();
        BadgeImageRenderer.WrapName("Water Tech", Measure, 180, 3, out _).ShouldBe(["Water Tech"]);
        BadgeImageRenderer.WrapName("a b c d e f g h", Measure, 30, 3, out fits).Count.ShouldBe(4);
        fits.ShouldBeFalse();
    }

    [Test]
    public void Names_too_long_for_three_lines_end_in_an_ellipsis()
    {
        static float Measure(string s) => s.Length * 10f;
        var lines = BadgeImageRenderer.WrapName("one two three four five", Measure, 50, 3, out _);

        var kept = BadgeImageRenderer.Ellipsize(lines, Measure, 50, 3);

        kept.Count.ShouldBe(3);
        kept[^1].ShouldEndWith("…");
        kept.Select(Measure).ShouldAllBe(width => width <= 50);
    }

    [Test]
    public void A_long_name_still_renders()
    {
        var name = string.Join(' ', Enumerable.Repeat("Interdisciplinary Environmental Engineering", 5));

        using var bitmap = SKBitmap.Decode(BadgeKit.Renderer.Render(BadgeKit.Badge(name: name)));

        bitmap.Width.ShouldBe(512);
    }

    private static byte[] Pixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Bytes;
    }

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
