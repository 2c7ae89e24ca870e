using Internships.Benchmarks.Reports;
using Internships.Infrastructure.Reports;
using Internships.Infrastructure.Reports.Documents;
using UglyToad.PdfPig;

namespace Internships.UnitTests.Reports;

public sealed class ReportLayoutTests
{
    private static readonly DateTime GeneratedAt = new(2027, 2, 1, 8, 0, 0, DateTimeKind.Utc);

    private static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    [Test]
    public void A_term_report_of_1000_placements_has_the_expected_pages_each_with_its_header()
    {
        const int placements = 1000;
        var pdf = PdfRenderer.Render(ReportLayouts.TermSummary(SampleReportData.TermSummary(placements), "Valley Unified", GeneratedAt));
        var pages = Pages(pdf.Bytes);

        // The list of all placements starts on a page of its own, under its heading (22 pt); then 37 one-line rows a page.
        var listStart = pages.FindIndex(p => p.Contains("All placements", StringComparison.Ordinal));
        const float heading = 22;
        var firstPageRows = (int)((PdfRenderer.BodyBottom - PdfRenderer.BodyTop - heading - PdfRenderer.TableRowHeight) / PdfRenderer.TableRowHeight);
        var expectedListPages = 1 + (placements - firstPageRows + PdfRenderer.TableRowsPerFullPage - 1) / PdfRenderer.TableRowsPerFullPage;
        Assert.That(listStart, Is.GreaterThan(0), "the summary comes first");
        Assert.That(firstPageRows, Is.EqualTo(36));
        Assert.That(PdfRenderer.TableRowsPerFullPage, Is.EqualTo(37));
        Assert.That(pages.Count, Is.EqualTo(listStart + expectedListPages));
        Assert.That(pdf.PageCount, Is.EqualTo(pages.Count));

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.That(pages[i], Does.StartWith("Term summary: Fall 2026"), $"page {i + 1}");
            Assert.That(pages[i], Does.Contain($"Page {i + 1} of {pages.Count}"));
        }

        var header = string.Join(" ", ReportLayouts.PlacementColumns.Select(c => c.Title));
        var names = new List<string>();
        for (var i = listStart; i < pages.Count; i++)
        {
            Assert.That(pages[i], Does.Contain(header), $"the table's header repeated on page {i + 1}");
            var words = pages[i].Split(' ');
            names.AddRange(words.Where(w => w.Length == 6 && w[0] == 'P' && w[1..].All(char.IsDigit)));
        }

        Assert.That(names, Is.EqualTo(Enumerable.Range(1, placements).Select(i => SampleReportData.StudentName(i).Split(' ')[0])),
            "every placement once, in order");
    }

    [Test]
    public void The_placement_report_shows_scores_midpoint_against_final_and_the_badge_links()
    {
        var data = SampleReportData.Placement();
        var pages = Pages(PdfRenderer.Render(ReportLayouts.PlacementReport(data, "Valley Unified", GeneratedAt)).Bytes);
        var text = string.Join(" ", pages);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Maya Ortiz (SIS 900123), grade 11"));
            Assert.That(text, Does.Contain("Westside High School").And.Contain("Water Technology").And.Contain("Kings River Water Agency"));
            Assert.That(text, Does.Contain("Lee Chen, Plant operator"));
            Assert.That(text, Does.Contain("Sep 1, 2026 – Dec 18, 2026"));
            Assert.That(text, Does.Contain("124.5 of 120 required"));
            Assert.That(text, Does.Contain("$2,303.25"), "124.5 hours at $18.50");
            Assert.That(text, Does.Contain("Technical skills 2 4 +2"));
            Assert.That(text, Does.Contain("We would hire her tomorrow."));
            Assert.That(text, Does.Contain("Water Technician I").And.Contain("http://localhost:5080/badges/3f0c2a1e-0d6c-4b8a-9f4e-0b1d2c3e4f50"));
        });
        Assert.That(pages, Has.All.Contain("Placement report").And.Contain("Valley Unified"));
    }

    [Test]
    public void The_placement_report_links_each_badge_to_its_verification_page()
    {
        var data = SampleReportData.Placement();
        using var document = PdfDocument.Open(PdfRenderer.Render(ReportLayouts.PlacementReport(data, "Valley Unified", GeneratedAt)).Bytes);
        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).ToList();

        Assert.That(links, Is.EquivalentTo(data.Badges.Select(b => b.VerificationUrl)));
    }
}
