using Internships.Application.Features.Reports;
using Internships.Infrastructure.Reports.Documents;
using Internships.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Reports;

/// <summary>The report layouts drawn to PDF with Skia, under the district's name.</summary>
internal sealed class ReportRenderer(IOptions<DistrictOptions> district) : IReportRenderer
{
    public RenderedReport PlacementReport(PlacementReportData data, DateTime generatedAt, string language) =>
        Render(ReportLayouts.PlacementReport(data, district.Value.Name, generatedAt, language));

    public RenderedReport TermSummary(TermSummaryData data, DateTime generatedAt, string language) =>
        Render(ReportLayouts.TermSummary(data, district.Value.Name, generatedAt, language));

    public RenderedReport PdTranscript(Application.Features.Programmes.EnrolmentDto enrolment, DateTime generatedAt) =>
        Render(TranscriptLayout.PdTranscript(enrolment, district.Value.Name, generatedAt));

    private static RenderedReport Render(ReportDocument document)
    {
        var pdf = PdfRenderer.Render(document);
        return new RenderedReport(pdf.Bytes, pdf.PageCount);
    }
}
