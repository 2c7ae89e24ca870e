using BenchmarkDotNet.Attributes;
using Internships.Application.Features.Reports;
using Internships.Infrastructure.Reports;
using Internships.Infrastructure.Reports.Documents;

namespace Internships.Benchmarks.Reports;

/// <summary>
/// Laying out and rendering the reports to PDF from their data (the job's work after its queries): a term summary of
/// 10,000 placements (target under 5 s) and one placement report (target under 100 ms).
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private TermSummaryData _term = null!;
    private PlacementReportData _placement = null!;
    private static readonly DateTime GeneratedAt = new(2027, 2, 1, 8, 0, 0, DateTimeKind.Utc);

    [Params(10_000)]
    public int Placements { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _term = SampleReportData.TermSummary(Placements);
        _placement = SampleReportData.Placement();
        PdfRenderer.Render(ReportLayouts.PlacementReport(_placement, "Valley Unified School District", GeneratedAt)); // loads the fonts
    }

    [Benchmark]
    public int TermSummary() => PdfRenderer.Render(ReportLayouts.TermSummary(_term, "Valley Unified School District", GeneratedAt)).PageCount;

    [Benchmark]
    public int PlacementReport() => PdfRenderer.Render(ReportLayouts.PlacementReport(_placement, "Valley Unified School District", GeneratedAt)).PageCount;

    public static void WriteSamples(string folder)
    {
        Directory.CreateDirectory(folder);
        var samples = new (string Name, Internships.Infrastructure.Reports.Documents.ReportDocument Document)[]
        {
            ("placement-report.pdf", ReportLayouts.PlacementReport(SampleReportData.Placement(), "Valley Unified School District", GeneratedAt)),
            ("term-summary-1000.pdf", ReportLayouts.TermSummary(SampleReportData.TermSummary(1_000), "Valley Unified School District", GeneratedAt)),
            ("term-summary-10000.pdf", ReportLayouts.TermSummary(SampleReportData.TermSummary(10_000), "Valley Unified School District", GeneratedAt)),
        };
        foreach (var (name, document) in samples)
        {
            var pdf = PdfRenderer.Render(document);
            File.WriteAllBytes(Path.Combine(folder, name), pdf.Bytes);
            Console.WriteLine($"{name}: {pdf.PageCount} pages, {pdf.Bytes.Length:N0} bytes");
        }
    }
}
