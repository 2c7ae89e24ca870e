using Internships.Infrastructure.Reports.Documents;
using UglyToad.PdfPig;

namespace Internships.UnitTests.Reports;

/// <summary>The document model rendered to PDF, read back with PdfPig.</summary>
public sealed class PdfRendererTests
{
    private static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    [Test]
    public void Every_page_has_the_header_and_page_N_of_M()
    {
        var document = new ReportDocument("Title", "Header text") { HeaderRight = "Valley Unified", Footer = "Footer text" };
        for (var i = 0; i < 200; i++)
        {
            document.Paragraph($"Paragraph {i} of a long document.");
        }

        var pdf = PdfRenderer.Render(document);
        var pages = Pages(pdf.Bytes);

        Assert.That(pages.Count, Is.GreaterThan(3));
        Assert.That(pdf.PageCount, Is.EqualTo(pages.Count));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.That(pages[i], Does.Contain("Header text").And.Contain("Valley Unified").And.Contain("Footer text"));
            Assert.That(pages[i], Does.Contain($"Page {i + 1} of {pages.Count}"));
        }

        Assert.That(string.Join(" ", pages), Does.Contain("Paragraph 0 of").And.Contain("Paragraph 199 of"));
    }

    [Test]
    public void Long_text_wraps_within_the_page_and_keeps_every_word()
    {
        var words = Enumerable.Range(1, 300).Select(i => $"word{i}").ToList();
        var document = new ReportDocument("Title", "Header").Paragraph(string.Join(" ", words));

        var pdf = PdfRenderer.Render(document);
        using var read = PdfDocument.Open(pdf.Bytes);
        var page = read.GetPage(1);
        var bodyWords = page.GetWords().Where(w => w.Text.StartsWith("word", StringComparison.Ordinal)).ToList();

        Assert.That(bodyWords.Select(w => w.Text), Is.EqualTo(words), "every word, in order");
        Assert.That(bodyWords.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count(), Is.GreaterThan(5), "on several lines");
        Assert.That(bodyWords.Max(w => w.BoundingBox.Right), Is.LessThanOrEqualTo(PdfRenderer.PageWidth - PdfRenderer.Margin + 0.5));
        Assert.That(bodyWords.Min(w => w.BoundingBox.Left), Is.GreaterThanOrEqualTo(PdfRenderer.Margin - 0.5));
    }

    [Test]
    public void A_word_longer_than_a_line_is_cut_rather_than_running_off_the_page()
    {
        var url = "https://example.org/" + new string('x', 300);
        var pdf = PdfRenderer.Render(new ReportDocument("Title", "Header").Paragraph(url));
        using var read = PdfDocument.Open(pdf.Bytes);
        var words = read.GetPage(1).GetWords().Where(w => w.Text.Contains("xxx", StringComparison.Ordinal)).ToList();

        Assert.That(string.Concat(words.Select(w => w.Text)), Does.EndWith(new string('x', 300)));
        Assert.That(words.Max(w => w.BoundingBox.Right), Is.LessThanOrEqualTo(PdfRenderer.PageWidth - PdfRenderer.Margin + 0.5));
    }

    [Test]
    public void A_long_table_breaks_across_pages_and_repeats_its_header_on_each()
    {
        const int rows = 100;
        var document = new ReportDocument("Title", "Header")
            .Table([new TableColumn("Name", 3), new TableColumn("Amount", 1, CellAlign.Right)],
                Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"row{i:000}", $"{i}.00"]));

        var pages = Pages(PdfRenderer.Render(document).Bytes);

        var perPage = PdfRenderer.TableRowsPerFullPage;
        Assert.That(pages.Count, Is.EqualTo((rows + perPage - 1) / perPage));
        Assert.That(pages, Has.All.Contain("Name Amount"));
        var found = pages.SelectMany(p => p.Split(' ').Where(w => w.StartsWith("row", StringComparison.Ordinal))).ToList();
        Assert.That(found, Is.EqualTo(Enumerable.Range(1, rows).Select(i => $"row{i:000}")), "every row once, in order");
        Assert.That(pages[0].Split(' ').Count(w => w.StartsWith("row", StringComparison.Ordinal)), Is.EqualTo(perPage));
    }

    [Test]
    public void The_fonts_are_embedded()
    {
        var pdf = PdfRenderer.Render(new ReportDocument("Title", "Header").Paragraph("Ünïcödé text — “quoted”."));
        using var read = PdfDocument.Open(pdf.Bytes);
        var letters = read.GetPage(1).Letters;

        Assert.That(PdfRenderer.FontFamily, Is.EqualTo("DejaVu Sans"));
        Assert.That(letters.Select(l => l.FontName).Distinct(), Has.All.Contain("DejaVu"));
        Assert.That(System.Text.Encoding.Latin1.GetString(pdf.Bytes), Does.Contain("/FontFile2"), "a TrueType font program in the file");
        Assert.That(string.Join(" ", read.GetPage(1).GetWords().Select(w => w.Text)), Does.Contain("Ünïcödé text — “quoted”."));
    }

    [TestCase("José Núñez-Peña")]
    [TestCase("Nguyễn Thị Hương")]
    [TestCase("Олена Коваленко")]
    [TestCase("Ακίνδυνος Παπαδόπουλος")]
    public void Names_in_the_scripts_the_font_covers_come_out_as_written(string name)
    {
        var pdf = PdfRenderer.Render(new ReportDocument("Title", "Header").KeyValues(new KeyValue("Student", name)));
        using var read = PdfDocument.Open(pdf.Bytes);

        Assert.That(string.Join(" ", read.GetPage(1).GetWords().Select(w => w.Text)), Does.Contain(name));
    }

    [Test]
    public void A_short_report_is_a_small_file()
    {
        var pdf = PdfRenderer.Render(new ReportDocument("Title", "Header").Heading("Heading").Paragraph("Some text, **bold** or not."));

        Assert.That(pdf.Bytes.Length, Is.LessThan(200_000), "two cut-down faces of about 120 KB, compressed");
    }
}
