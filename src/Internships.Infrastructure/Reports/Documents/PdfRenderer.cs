using System.Globalization;
using SkiaSharp;

namespace Internships.Infrastructure.Reports.Documents;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to PDF with Skia's PDF backend, on US Letter pages. Layout runs first and
/// records each page's drawing; the pages are then drawn with their header and a "Page N of M" footer, once the total
/// is known. The text is DejaVu Sans, shipped in this assembly and embedded (subset) in every PDF, so it opens
/// anywhere and its text can be extracted. All the layout code of the reports is here.
/// </summary>
public sealed record RenderedPdf(byte[] Bytes, int PageCount);

/// <summary>Lays out and draws report documents (see <see cref="RenderedPdf"/>).</summary>
public static class PdfRenderer
{
    public const float PageWidth = 612;
    public const float PageHeight = 792;
    public const float Margin = 48;
    public const float BodyTop = 72;
    public const float BodyBottom = PageHeight - 60;
    public const float ContentWidth = PageWidth - 2 * Margin;

    public const float BodySize = 10;
    public const float BodyLine = 14;
    public const float TableSize = 8f;
    public const float TableLine = 11;
    public const float CellPadding = 3;

    /// <summary>The height of a table row whose cells all fit on one line (the header row included).</summary>
    public const float TableRowHeight = TableLine + 2 * CellPadding;

    private const float BlockGap = 8;
    private const float KeyWidth = 150;
    private const float BarHeight = 7;
    private const float BarGap = 1.5f;
    private const float CategoryGap = 5;
    private const float ChartLabelWidth = 150;

    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Muted = new(0x5F, 0x63, 0x68);
    private static readonly SKColor Rule = new(0xC8, 0xCC, 0xD0);
    private static readonly SKColor HeaderFill = new(0xE8, 0xEE, 0xF4);
    private static readonly SKColor Stripe = new(0xF6, 0xF8, 0xFA);
    private static readonly SKColor LinkInk = new(0x15, 0x65, 0xC0);

    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> Typefaces = new(() =>
        (LoadTypeface("DejaVuSans.ttf"), LoadTypeface("DejaVuSans-Bold.ttf")));

    /// <summary>The typefaces every report uses; <see cref="FontFamily"/> says which family was loaded.</summary>
    public static string FontFamily => Typefaces.Value.Regular.FamilyName;

    /// <summary>The number of table rows (one line each) that fit on a page that holds nothing but the table.</summary>
    public static int TableRowsPerFullPage => (int)((BodyBottom - BodyTop - TableRowHeight) / TableRowHeight);

    public static RenderedPdf Render(ReportDocument document)
    {
        var pages = Layout(document);
        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Author = document.Author ?? "",
            Creator = "Internships",
            Producer = "Internships (SkiaSharp PDF)",
            Creation = document.CreatedAt,
            Modified = document.CreatedAt,
        };
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        {
            var fonts = Fonts.Create();
            try
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var canvas = pdf.BeginPage(PageWidth, PageHeight);
                    DrawFrame(canvas, fonts, document, i + 1, pages.Count);
                    foreach (var draw in pages[i])
                    {
                        draw(canvas, fonts);
                    }

                    pdf.EndPage();
                }
            }
            finally
            {
                fonts.Dispose();
            }

            pdf.Close();
        }

        return new RenderedPdf(output.ToArray(), pages.Count);
    }

    private delegate void DrawOp(SKCanvas canvas, Fonts fonts);

    private static void DrawFrame(SKCanvas canvas, Fonts fonts, ReportDocument document, int page, int pages)
    {
        using var ink = Paint(Ink);
        using var muted = Paint(Muted);
        using var rule = Paint(Rule);
        canvas.DrawText(document.Header, Margin, 40, SKTextAlign.Left, fonts.HeaderBold, ink);
        if (document.HeaderRight is { Length: > 0 } right)
        {
            canvas.DrawText(right, PageWidth - Margin, 40, SKTextAlign.Right, fonts.Small, muted);
        }

        canvas.DrawRect(Margin, 48, ContentWidth, 0.75f, rule);
        canvas.DrawRect(Margin, PageHeight - 48, ContentWidth, 0.75f, rule);
        if (document.Footer is { Length: > 0 } footer)
        {
            canvas.DrawText(footer, Margin, PageHeight - 34, SKTextAlign.Left, fonts.Small, muted);
        }

        canvas.DrawText(string.Format(CultureInfo.InvariantCulture, document.PageLabel, page, pages), PageWidth - Margin, PageHeight - 34,
            SKTextAlign.Right, fonts.Small, muted);
    }

    /// <summary>Lays the blocks out on pages: each page is the list of drawings of its body.</summary>
    private static List<List<DrawOp>> Layout(ReportDocument document)
    {
        var fonts = Fonts.Create();
        try
        {
            var cursor = new Cursor();
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        LayoutHeading(cursor, fonts, heading);
                        break;
                    case ParagraphBlock paragraph:
                        LayoutParagraph(cursor, fonts, paragraph);
                        break;
                    case KeyValueBlock keyValues:
                        LayoutKeyValues(cursor, fonts, keyValues);
                        break;
                    case TableBlock table:
                        LayoutTable(cursor, fonts, table);
                        break;
                    case BarChartBlock chart:
                        LayoutBarChart(cursor, fonts, chart);
                        break;
                    case PageBreakBlock:
                        if (!cursor.PageIsEmpty)
                        {
                            cursor.NewPage();
                        }

                        break;
                }
            }

            return cursor.Pages;
        }
        finally
        {
            fonts.Dispose();
        }
    }

    private static void LayoutHeading(Cursor cursor, Fonts fonts, HeadingBlock heading)
    {
        var font = heading.Level == 1 ? fonts.Heading1 : fonts.Heading2;
        var line = heading.Level == 1 ? 22f : 18f;
        var lines = Wrap(heading.Text, font, ContentWidth);
        var space = (cursor.PageIsEmpty ? 0 : 6) + lines.Count * line;
        // Keep a heading with at least a few lines of what follows it.
        cursor.Reserve(space + 3 * BodyLine);
        if (!cursor.PageIsEmpty)
        {
            cursor.Advance(6);
        }

        foreach (var text in lines)
        {
            var y = cursor.Y + line - 5;
            cursor.Draw((c, f) =>
            {
                using var ink = Paint(Ink);
                c.DrawText(text, Margin, y, SKTextAlign.Left, heading.Level == 1 ? f.Heading1 : f.Heading2, ink);
            });
            cursor.Advance(line);
        }

        cursor.Advance(4);
    }

    private static void LayoutParagraph(Cursor cursor, Fonts fonts, ParagraphBlock paragraph)
    {
        foreach (var text in Wrap(paragraph.Text, fonts.Body, ContentWidth))
        {
            cursor.Reserve(BodyLine);
            var y = cursor.Y + BodyLine - 3.5f;
            cursor.Draw((c, f) =>
            {
                using var ink = Paint(paragraph.Muted ? Muted : Ink);
                c.DrawText(text, Margin, y, SKTextAlign.Left, f.Body, ink);
            });
            cursor.Advance(BodyLine);
        }

        cursor.Advance(BlockGap);
    }

    private static void LayoutKeyValues(Cursor cursor, Fonts fonts, KeyValueBlock block)
    {
        foreach (var item in block.Items)
        {
            var keyLines = Wrap(item.Key, fonts.BodyBold, KeyWidth - 8);
            var valueLines = Wrap(item.Value, fonts.Body, ContentWidth - KeyWidth);
            var height = Math.Max(keyLines.Count, valueLines.Count) * BodyLine;
            cursor.Reserve(Math.Min(height, BodyBottom - BodyTop));
            var top = cursor.Y;
            cursor.Draw((c, f) =>
            {
                using var muted = Paint(Muted);
                using var ink = Paint(item.Link is null ? Ink : LinkInk);
                for (var i = 0; i < keyLines.Count; i++)
                {
                    c.DrawText(keyLines[i], Margin, top + (i + 1) * BodyLine - 3.5f, SKTextAlign.Left, f.BodyBold, muted);
                }

                for (var i = 0; i < valueLines.Count; i++)
                {
                    c.DrawText(valueLines[i], Margin + KeyWidth, top + (i + 1) * BodyLine - 3.5f, SKTextAlign.Left, f.Body, ink);
                }

                if (item.Link is { } link)
                {
                    c.DrawUrlAnnotation(SKRect.Create(Margin + KeyWidth, top, ContentWidth - KeyWidth, valueLines.Count * BodyLine), link);
                }
            });
            cursor.Advance(height);
        }

        cursor.Advance(BlockGap);
    }

    private static void LayoutTable(Cursor cursor, Fonts fonts, TableBlock table)
    {
        var totalWeight = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => ContentWidth * c.Weight / totalWeight).ToArray();
        var lefts = new float[widths.Length];
        for (var i = 1; i < widths.Length; i++)
        {
            lefts[i] = lefts[i - 1] + widths[i - 1];
        }

        var headerCells = table.Columns.Select((c, i) => Wrap(c.Title, fonts.TableBold, widths[i] - 2 * CellPadding)).ToList();
        var headerHeight = headerCells.Max(l => l.Count) * TableLine + 2 * CellPadding;

        void DrawHeader()
        {
            var top = cursor.Y;
            cursor.Draw((c, f) =>
            {
                using var fill = Paint(HeaderFill);
                using var ink = Paint(Ink);
                c.DrawRect(Margin, top, ContentWidth, headerHeight, fill);
                DrawCells(c, f.TableBold, ink, table.Columns, headerCells, lefts, widths, top);
            });
            cursor.Advance(headerHeight);
        }

        cursor.Reserve(headerHeight + TableRowHeight);
        DrawHeader();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = new List<string>[table.Columns.Count];
            var lines = 1;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Wrap(i < row.Count ? row[i] : "", fonts.Table, widths[i] - 2 * CellPadding);
                lines = Math.Max(lines, cells[i].Count);
            }

            var height = lines * TableLine + 2 * CellPadding;
            if (!cursor.Fits(height))
            {
                cursor.NewPage();
                DrawHeader();
            }

            var top = cursor.Y;
            var striped = r % 2 == 1;
            cursor.Draw((c, f) =>
            {
                using var ink = Paint(Ink);
                if (striped)
                {
                    using var stripe = Paint(Stripe);
                    c.DrawRect(Margin, top, ContentWidth, height, stripe);
                }

                DrawCells(c, f.Table, ink, table.Columns, cells, lefts, widths, top);
            });
            cursor.Advance(height);
        }

        var bottom = cursor.Y;
        cursor.Draw((c, _) =>
        {
            using var rule = Paint(Rule);
            c.DrawRect(Margin, bottom, ContentWidth, 0.75f, rule);
        });
        cursor.Advance(BlockGap + 4);
    }

    private static void DrawCells(SKCanvas canvas, SKFont font, SKPaint ink, IReadOnlyList<TableColumn> columns, IReadOnlyList<List<string>> cells,
        float[] lefts, float[] widths, float top)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var right = columns[i].Align == CellAlign.Right;
            var x = right ? Margin + lefts[i] + widths[i] - CellPadding : Margin + lefts[i] + CellPadding;
            for (var l = 0; l < cells[i].Count; l++)
            {
                canvas.DrawText(cells[i][l], x, top + CellPadding + (l + 1) * TableLine - 2.5f, right ? SKTextAlign.Right : SKTextAlign.Left, font, ink);
            }
        }
    }

    private static void LayoutBarChart(Cursor cursor, Fonts fonts, BarChartBlock chart)
    {
        const float legendHeight = 16;
        var groupHeight = chart.Series.Count * (BarHeight + BarGap) + CategoryGap;
        var labels = chart.Categories.Select(c => Wrap(c, fonts.Small, ChartLabelWidth - 8).First()).ToList();
        var height = legendHeight + chart.Categories.Count * groupHeight + 14;
        cursor.Reserve(height);
        var top = cursor.Y;
        var max = chart.MaxValue > 0 ? chart.MaxValue : Math.Max(1, chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(1).Max());
        var barArea = ContentWidth - ChartLabelWidth - 40;
        cursor.Draw((c, f) =>
        {
            using var ink = Paint(Ink);
            using var muted = Paint(Muted);
            using var rule = Paint(Rule);
            var x = Margin + ChartLabelWidth;
            foreach (var series in chart.Series)
            {
                using var swatch = Paint(SKColor.Parse(series.Colour));
                c.DrawRect(x, top + 3, 9, 9, swatch);
                c.DrawText(series.Name, x + 13, top + 11, SKTextAlign.Left, f.Small, ink);
                x += 13 + f.Small.MeasureText(series.Name) + 18;
            }

            var y = top + legendHeight;
            c.DrawRect(Margin + ChartLabelWidth, y, 0.75f, chart.Categories.Count * groupHeight, rule);
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                c.DrawText(labels[i], Margin, y + chart.Series.Count * (BarHeight + BarGap) / 2 + 2.5f, SKTextAlign.Left, f.Small, ink);
                foreach (var series in chart.Series)
                {
                    var value = i < series.Values.Count ? series.Values[i] : 0;
                    var width = (float)(Math.Clamp(value / max, 0, 1) * barArea);
                    using var bar = Paint(SKColor.Parse(series.Colour));
                    c.DrawRect(Margin + ChartLabelWidth + 1, y, width, BarHeight, bar);
                    c.DrawText(value.ToString("0.##", CultureInfo.InvariantCulture), Margin + ChartLabelWidth + width + 4, y + BarHeight - 0.5f,
                        SKTextAlign.Left, f.Small, muted);
                    y += BarHeight + BarGap;
                }

                y += CategoryGap;
            }

            c.DrawText(string.Create(CultureInfo.InvariantCulture, $"Scale 0 to {max:0.##}"), Margin + ChartLabelWidth, y + 10, SKTextAlign.Left,
                f.Small, muted);
        });
        cursor.Advance(height + BlockGap);
    }

    /// <summary>Greedy word wrap to <paramref name="width"/>; a word wider than a line is cut where it must be.</summary>
    internal static List<string> Wrap(string text, SKFont font, float width)
    {
        var result = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var clean = paragraph.Replace('\t', ' ');
            if (font.MeasureText(clean) <= width)
            {
                result.Add(clean);
                continue;
            }

            var line = "";
            foreach (var word in clean.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    result.Add(line);
                }

                line = word;
                while (font.MeasureText(line) > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && font.MeasureText(line.AsSpan(0, fit)) > width)
                    {
                        fit--;
                    }

                    result.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            result.Add(line);
        }

        return result;
    }

    private static SKPaint Paint(SKColor colour) => new() { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKTypeface LoadTypeface(string file)
    {
        using var stream = typeof(PdfRenderer).Assembly.GetManifestResourceStream("Internships.Reports.Fonts." + file)
            ?? throw new InvalidOperationException($"The report font {file} is not embedded in the assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The report font {file} could not be loaded.");
    }

    /// <summary>Where the next block goes: the pages so far and the height used on the last one.</summary>
    private sealed class Cursor
    {
        public Cursor() => NewPage();

        public List<List<DrawOp>> Pages { get; } = [];

        public float Y { get; private set; }

        public bool PageIsEmpty => Y <= BodyTop;

        public bool Fits(float height) => Y + height <= BodyBottom;

        /// <summary>Starts a new page unless <paramref name="height"/> fits on this one (or this one is empty).</summary>
        public void Reserve(float height)
        {
            if (!Fits(height) && !PageIsEmpty)
            {
                NewPage();
            }
        }

        public void NewPage()
        {
            Pages.Add([]);
            Y = BodyTop;
        }

        public void Draw(DrawOp op) => Pages[^1].Add(op);

        public void Advance(float height) => Y += height;
    }

    private sealed class Fonts : IDisposable
    {
        private Fonts(SKTypeface regular, SKTypeface bold)
        {
            Body = Font(regular, BodySize);
            BodyBold = Font(bold, BodySize);
            Small = Font(regular, 8);
            Table = Font(regular, TableSize);
            TableBold = Font(bold, TableSize);
            Heading1 = Font(bold, 16);
            Heading2 = Font(bold, 12.5f);
            HeaderBold = Font(bold, 10.5f);
        }

        public SKFont Body { get; }

        public SKFont BodyBold { get; }

        public SKFont Small { get; }

        public SKFont Table { get; }

        public SKFont TableBold { get; }

        public SKFont Heading1 { get; }

        public SKFont Heading2 { get; }

        public SKFont HeaderBold { get; }

        public static Fonts Create() => new(Typefaces.Value.Regular, Typefaces.Value.Bold);

        public void Dispose()
        {
            foreach (var font in new[] { Body, BodyBold, Small, Table, TableBold, Heading1, Heading2, HeaderBold })
            {
                font.Dispose();
            }
        }

        private static SKFont Font(SKTypeface typeface, float size) =>
            new(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias, LinearMetrics = true };
    }
}
