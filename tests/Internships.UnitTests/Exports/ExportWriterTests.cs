using System.Text;
using Internships.Application.Common.Exports;
using Internships.Infrastructure.Exports;
using MiniExcelLibs;

namespace Internships.UnitTests.Exports;

public sealed class ExportWriterTests
{
    [TestCase("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [TestCase("+1", "'+1")]
    [TestCase("-2", "'-2")]
    [TestCase("@cmd", "'@cmd")]
    [TestCase("\tx", "'\tx")]
    [TestCase("\rx", "\"'\rx\"")]
    [TestCase("Ortiz, Maya", "\"Ortiz, Maya\"")]
    [TestCase("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [TestCase("Zoë", "Zoë")]
    public void A_text_cell_is_escaped_against_formulas_and_quoted_when_needed(string text, string csv) =>
        Assert.That(ExportWriter.Cell(text), Is.EqualTo(csv));

    [Test]
    public void Numbers_and_dates_are_written_as_they_are()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExportWriter.Cell(-12.5m), Is.EqualTo("-12.5"), "a negative number is a number, not a formula");
            Assert.That(ExportWriter.Cell(new DateOnly(2026, 11, 20)), Is.EqualTo("2026-11-20"));
            Assert.That(ExportWriter.Cell(true), Is.EqualTo("Yes"));
            Assert.That(ExportWriter.Cell(null), Is.Empty);
        });
    }

    [Test]
    public void Csv_starts_with_a_byte_order_mark_and_xlsx_reads_back_typed()
    {
        var table = new ExportTable("test", ["Name", "Hours", "Day"], [["=1+1", 3.5m, new DateOnly(2026, 11, 20)]]);
        var writer = new ExportWriter();

        var csv = writer.Write(table, ExportFormat.Csv);
        Assert.That(csv.Content.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()));
        Assert.That(Encoding.UTF8.GetString(csv.Content[3..]), Is.EqualTo("Name,Hours,Day\r\n'=1+1,3.5,2026-11-20\r\n"));

        var xlsx = writer.Write(table, ExportFormat.Xlsx);
        Assert.That(xlsx.FileName, Is.EqualTo("test.xlsx"));
        var row = (IDictionary<string, object?>)MiniExcel.Query(new MemoryStream(xlsx.Content), useHeaderRow: true).Single();
        Assert.That((row["Name"], Convert.ToDecimal(row["Hours"]), row["Day"]), Is.EqualTo(("=1+1", 3.5m, (object)new DateTime(2026, 11, 20))));
    }
}
