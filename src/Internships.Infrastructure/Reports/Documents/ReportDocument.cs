namespace Internships.Infrastructure.Reports.Documents;

/// <summary>
/// A small document model for reports: a title and page header, then blocks laid out top to bottom
/// (headings, wrapped paragraphs, key/value blocks, tables that break across pages with their header repeated,
/// bar charts, page breaks). <see cref="PdfRenderer"/> turns it into a PDF; nothing here knows about Skia.
/// </summary>
public sealed class ReportDocument(string title, string header)
{
    private readonly List<Block> _blocks = [];

    /// <summary>The PDF's title (metadata), and the first line of the page header.</summary>
    public string Title { get; } = title;

    /// <summary>Printed at the top left of every page.</summary>
    public string Header { get; } = header;

    /// <summary>Printed at the top right of every page (the district, say).</summary>
    public string? HeaderRight { get; init; }

    /// <summary>Printed at the bottom left of every page; the bottom right is always "Page N of M".</summary>
    public string? Footer { get; init; }

    /// <summary>The bottom right of every page, {0} the page and {1} the count ("Página {0} de {1}" in Spanish).</summary>
    public string PageLabel { get; init; } = "Page {0} of {1}";

    /// <summary>The PDF's creation date (metadata); fixed by the caller, so the same report renders the same bytes.</summary>
    public DateTime CreatedAt { get; init; } = DateTime.UnixEpoch;

    public string? Author { get; init; }

    public IReadOnlyList<Block> Blocks => _blocks;

    public ReportDocument Heading(string text, int level = 1) => Add(new HeadingBlock(text, Math.Clamp(level, 1, 2)));

    public ReportDocument Paragraph(string text, bool muted = false) => Add(new ParagraphBlock(text, muted));

    public ReportDocument KeyValues(params KeyValue[] items) => Add(new KeyValueBlock(items));

    public ReportDocument KeyValues(IEnumerable<KeyValue> items) => Add(new KeyValueBlock(items.ToList()));

    public ReportDocument Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows) =>
        Add(new TableBlock(columns, rows.ToList()));

    public ReportDocument BarChart(IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, double maxValue) =>
        Add(new BarChartBlock(categories, series, maxValue));

    public ReportDocument PageBreak() => Add(new PageBreakBlock());

    private ReportDocument Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }
}

public abstract record Block;

public sealed record HeadingBlock(string Text, int Level) : Block;

public sealed record ParagraphBlock(string Text, bool Muted) : Block;

/// <summary>A label and its value; a value with a <paramref name="Link"/> is drawn as a link to it.</summary>
public sealed record KeyValue(string Key, string Value, string? Link = null);

public sealed record KeyValueBlock(IReadOnlyList<KeyValue> Items) : Block;

public enum CellAlign
{
    Left,
    Right,
}

/// <summary>A column: its title, its share of the width (relative to the others), and how its cells align.</summary>
public sealed record TableColumn(string Title, float Weight = 1, CellAlign Align = CellAlign.Left);

/// <summary>Rows of text cells; cells wrap, and a table longer than a page continues with its header repeated.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>One series of a bar chart: a value per category, drawn in <paramref name="Colour"/> (#RRGGBB).</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values, string Colour);

/// <summary>Horizontal bars, grouped by category, one bar per series, on a scale from 0 to <paramref name="MaxValue"/>.</summary>
public sealed record BarChartBlock(IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series, double MaxValue) : Block;

public sealed record PageBreakBlock : Block;
