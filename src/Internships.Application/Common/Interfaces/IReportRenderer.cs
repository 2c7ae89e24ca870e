using Internships.Application.Features.Reports;

namespace Internships.Application.Common.Interfaces;

/// <summary>Lays a report's data out and draws it to PDF (with Skia, in Infrastructure: docs/adr/0002).</summary>
public interface IReportRenderer
{
    /// <summary>The placement report in <paramref name="language"/> ("en-US" or "es-US").</summary>
    RenderedReport PlacementReport(PlacementReportData data, DateTime generatedAt, string language);

    /// <summary>The term summary in <paramref name="language"/> ("en-US" or "es-US").</summary>
    RenderedReport TermSummary(TermSummaryData data, DateTime generatedAt, string language);

    /// <summary>A programme participant's transcript of professional development hours, requirement by requirement.</summary>
    RenderedReport PdTranscript(Features.Programmes.EnrolmentDto enrolment, DateTime generatedAt);
}

public sealed record RenderedReport(byte[] Pdf, int PageCount);
