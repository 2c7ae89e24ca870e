using Internships.Application.Features.Reports;
using Mediator;

namespace Internships.Web.Endpoints;

public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/placements/{id:int}/report", async (int id, ISender sender, CancellationToken ct) =>
                Accepted(await sender.Send(new RequestPlacementReportCommand(id), ct)))
            .WithTags("Reports").RequireAuthorization();

        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        reports.MapPost("/term-summary", async (RequestTermSummaryReportCommand? command, ISender sender, CancellationToken ct) =>
            Accepted(await sender.Send(command ?? new RequestTermSummaryReportCommand(), ct)));
        reports.MapGet("/", ([AsParameters] ListReportsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        reports.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetReportQuery(id), ct));
        reports.MapGet("/{id:int}/file", async (int id, ISender sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new DownloadReportQuery(id), ct);
            return TypedResults.File(file.Content, "application/pdf", file.FileName);
        });
        return app;
    }

    /// <summary>202: the report is queued; poll its URL (also in Location) until it is Ready, then fetch its file.</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.Accepted<ReportDto> Accepted(ReportDto report) => TypedResults.Accepted(report.Url, report);
}
