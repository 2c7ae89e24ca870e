using System.Collections.Concurrent;
using Internships.Domain.Badges;
using SkiaSharp;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// Draws a badge that has no uploaded image: a 512×512 PNG medallion in the badge's colour (a circle for completion,
/// a shield for competency, a hexagon for capacity) with its name in two or three lines and its kind underneath.
/// Renders are cached per badge, name, colour and kind, so an edit draws afresh and nothing else does.
/// </summary>
public sealed class BadgeImageRenderer
{
    public const int Size = 512;
    private const string DefaultFontFamily = "DejaVu Sans";
    private const int MaxNameLines = 3;
    private const float NameWidth = 330;
    private const float ShieldNameWidth = 290; // the shield narrows towards its point
    private const int CacheLimit = 1024;

    private static readonly SKColor FallbackColour = SKColor.Parse("#1F6FB2");

    private readonly ConcurrentDictionary<(Guid Badge, string Name, string Colour, BadgeKind Kind), byte[]> _cache = new();
    // Loaded on the first render, so a host whose native Skia cannot load still serves every document and signature.
    private readonly Lazy<(SKTypeface Bold, SKTypeface Regular)> _typefaces;

    public BadgeImageRenderer()
        : this(DefaultFontFamily)
    {
    }

    /// <summary>Uses <paramref name="fontFamily"/> through fontconfig, or Skia's default typeface when the machine lacks it.</summary>
    public BadgeImageRenderer(string fontFamily)
    {
        _typefaces = new(() => (Typeface(fontFamily, SKFontStyle.Bold), Typeface(fontFamily, SKFontStyle.Normal)));
    }

    /// <summary>The font family the names are drawn in (the fallback's name when the wanted one is missing).</summary>
    public string FontFamily => _typefaces.Value.Bold.FamilyName;

    /// <summary>The rendered PNG; a fresh copy each time, so a caller may change it without touching the cache.</summary>
    public byte[] Render(BadgeClass badge)
    {
        var key = (badge.PublicId, badge.Name, badge.Color, badge.Kind);
        if (!_cache.TryGetValue(key, out var png))
        {
            if (_cache.Count >= CacheLimit)
            {
                _cache.Clear(); // renamed and recoloured badges leave stale entries; a rare full reset bounds them
            }

            png = _cache.GetOrAdd(key, k => Draw(k.Name, ParseColour(k.Colour), k.Kind));
        }

        return (byte[])png.Clone();
    }

    /// <summary>The image a badge of this name, colour and kind would have, drawn afresh and not cached (an editor's preview).</summary>
    public byte[] Preview(string name, string colour, BadgeKind kind) => Draw(name, ParseColour(colour), kind);

    internal static SKColor ParseColour(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && SKColor.TryParse(colour, out var parsed) ? parsed : FallbackColour;

    private byte[] Draw(string name, SKColor colour, BadgeKind kind)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);

        using var outline = Outline(kind, inset: 0);
        using var innerOutline = Outline(kind, inset: 26);
        using (var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = colour })
        {
            canvas.DrawPath(outline, fill);
        }

        using (var rim = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 10, Color = Mix(colour, SKColors.Black, 0.3f) })
        {
            canvas.DrawPath(outline, rim);
        }

        var ink = Luminance(colour) > 0.55 ? new SKColor(0x1A, 0x1A, 0x1A) : SKColors.White;
        using (var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 5, Color = ink.WithAlpha(150) })
        {
            canvas.DrawPath(innerOutline, ring);
        }

        using var text = new SKPaint { IsAntialias = true, Color = ink };
        DrawName(canvas, name, text, kind == BadgeKind.Competency ? ShieldNameWidth : NameWidth);

        using var label = new SKFont(_typefaces.Value.Regular, 24) { Edging = SKFontEdging.Antialias };
        var labelY = kind == BadgeKind.Competency ? 372f : 392f;
        using (var rule = new SKPaint { IsAntialias = true, StrokeWidth = 3, Color = ink.WithAlpha(170) })
        {
            canvas.DrawLine(Size / 2f - 70, labelY - 38, Size / 2f + 70, labelY - 38, rule);
        }

        canvas.DrawText(KindLabel(kind), Size / 2f, labelY, SKTextAlign.Center, label, text);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private void DrawName(SKCanvas canvas, string name, SKPaint paint, float width)
    {
        using var font = new SKFont(_typefaces.Value.Bold, 56) { Edging = SKFontEdging.Antialias };
        IReadOnlyList<string> lines = [];
        for (var size = 56f; size >= 28f; size -= 4f)
        {
            font.Size = size;
            lines = WrapName(name, t => font.MeasureText(t), width, MaxNameLines, out var fits);
            if (fits)
            {
                break;
            }
        }

        lines = Ellipsize(lines, t => font.MeasureText(t), width, MaxNameLines);
        var lineHeight = font.Size * 1.18f;
        // The block of lines is centred a little above the middle, leaving room for the kind label.
        var firstBaseline = 235f - (lines.Count - 1) * lineHeight / 2 + font.Size * 0.35f;
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], Size / 2f, firstBaseline + i * lineHeight, SKTextAlign.Center, font, paint);
        }
    }

    /// <summary>Greedy word wrap; <paramref name="fits"/> says whether every line is within the width and the count within the limit.</summary>
    internal static IReadOnlyList<string> WrapName(string name, Func<string, float> measure, float maxWidth, int maxLines, out bool fits)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && measure(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        fits = lines.Count <= maxLines && lines.All(l => measure(l) <= maxWidth);
        return lines;
    }

    /// <summary>Keeps the first lines and shortens the last one with an ellipsis when the name still does not fit.</summary>
    internal static IReadOnlyList<string> Ellipsize(IReadOnlyList<string> lines, Func<string, float> measure, float maxWidth, int maxLines)
    {
        var kept = lines.Take(maxLines).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            var truncated = i == kept.Count - 1 && lines.Count > maxLines;
            var line = kept[i];
            if (!truncated && measure(line) <= maxWidth)
            {
                continue;
            }

            while (line.Length > 1 && measure(line.TrimEnd() + "…") > maxWidth)
            {
                line = line[..^1];
            }

            kept[i] = line.TrimEnd() + "…";
        }

        return kept;
    }

    private static SKPath Outline(BadgeKind kind, float inset)
    {
        var path = new SKPath();
        const float centre = Size / 2f;
        switch (kind)
        {
            case BadgeKind.Competency:
                var left = 64 + inset;
                var right = Size - 64 - inset;
                var top = 28 + inset;
                var shoulder = 300f;
                var bottom = Size - 24 - inset * 1.6f;
                path.MoveTo(centre, top);
                path.CubicTo(centre + 90, top + 28, right - 40, top + 30, right, top + 18);
                path.LineTo(right, shoulder - inset * 0.5f);
                path.CubicTo(right, shoulder + 110, centre + 100, bottom - 40, centre, bottom);
                path.CubicTo(centre - 100, bottom - 40, left, shoulder + 110, left, shoulder - inset * 0.5f);
                path.LineTo(left, top + 18);
                path.CubicTo(left + 40, top + 30, centre - 90, top + 28, centre, top);
                path.Close();
                break;
            case BadgeKind.Capacity:
                var radius = 246 - inset;
                for (var corner = 0; corner < 6; corner++)
                {
                    var angle = MathF.PI / 3 * corner - MathF.PI / 2;
                    var point = new SKPoint(centre + radius * MathF.Cos(angle), centre + radius * MathF.Sin(angle));
                    if (corner == 0)
                    {
                        path.MoveTo(point);
                    }
                    else
                    {
                        path.LineTo(point);
                    }
                }

                path.Close();
                break;
            default:
                path.AddCircle(centre, centre, 240 - inset);
                break;
        }

        return path;
    }

    private static string KindLabel(BadgeKind kind) => kind switch
    {
        BadgeKind.Completion => "COMPLETION",
        BadgeKind.Competency => "COMPETENCY",
        BadgeKind.Capacity => "CAPACITY",
        _ => kind.ToString().ToUpperInvariant(),
    };

    private static SKColor Mix(SKColor colour, SKColor with, float amount) => new(
        (byte)(colour.Red + (with.Red - colour.Red) * amount),
        (byte)(colour.Green + (with.Green - colour.Green) * amount),
        (byte)(colour.Blue + (with.Blue - colour.Blue) * amount));

    /// <summary>Relative luminance (sRGB, approximated): decides whether the text is dark or light.</summary>
    private static double Luminance(SKColor c) => (0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue) / 255;

    private static SKTypeface Typeface(string family, SKFontStyle style)
    {
        try
        {
            return SKFontManager.Default.MatchFamily(family, style) ?? SKTypeface.Default;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A machine without fontconfig or fonts still gets an image; its text uses whatever Skia has.
            return SKTypeface.Default;
        }
    }
}
