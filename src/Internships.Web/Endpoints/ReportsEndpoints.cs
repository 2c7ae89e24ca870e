using Internships.Application.Features.Reports;

namespace Internships.Web.Endpoints;

public static class ReportsEndpoints
{
    public static IEndpointRouteBuilder MapReportsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/placements", "Reports")
            .MapPost("/{id:int}/report", async (int id, string? language, ISender sender, CancellationToken ct) =>
                Accepted(await sender.Send(new RequestPlacementReportCommand(id) { Language = language }, ct)))
            .WithName("RequestPlacementReport")
            .WithSummary("Ask for a placement's PDF report (?language=es-US or en-US; else the asker's language); a background job produces it.")
            .ProducesProblems(400, 403, 404);

        var reports = app.MapApiGroup("/api/reports", "Reports");
        reports.MapPost("/term-summary", async (RequestTermSummaryReportCommand? command, string? language, ISender sender, CancellationToken ct) =>
            {
                command ??= new RequestTermSummaryReportCommand();
                return Accepted(await sender.Send(command with { Language = language ?? command.Language }, ct));
            })
            .WithName("RequestTermSummaryReport")
            .WithSummary("Ask for a term's summary report, by default the term that ended last (coordinators); ?language=es-US or en-US, else the asker's language.")
            .ProducesProblems(400, 403);
        reports.MapGet("/", ([AsParameters] ListReportsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListReports").WithSummary("The reports the caller may see, newest first.").ProducesProblems(400, 403);
        reports.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetReportQuery(id), ct))
            .WithName("GetReport").WithSummary("A report's status: Queued, Running, Ready or Failed.").ProducesProblems(403, 404);
        reports.MapGet("/{id:int}/file", async (int id, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new DownloadReportQuery(id), ct);
                return TypedResults.File(file.Content, "application/pdf", file.FileName);
            })
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf")
            .WithName("DownloadReport").WithSummary("A ready report's PDF; before it is ready, a 409 that says where it stands.")
            .ProducesProblems(403, 404, 409);
        return app;
    }

    /// <summary>202: the report is queued; poll its URL (also in Location) until it is Ready, then fetch its file.</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.Accepted<ReportDto> Accepted(ReportDto report) => TypedResults.Accepted(report.Url, report);
}
