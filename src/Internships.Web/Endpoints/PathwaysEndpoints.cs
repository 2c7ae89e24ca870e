using Internships.Application.Features.Pathways;

namespace Internships.Web.Endpoints;

public static class PathwaysEndpoints
{
    public static IEndpointRouteBuilder MapPathwaysEndpoints(this IEndpointRouteBuilder app)
    {
        var pathways = app.MapApiGroup("/api/pathways", "Career pathways");
        pathways.MapGet("/", ([AsParameters] ListPathwaysQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListPathways").WithSummary("The career pathways, a page at a time.").ProducesProblems(400);
        pathways.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetPathwayQuery(id), ct))
            .WithName("GetPathway").WithSummary("One career pathway with its course sequence.").ProducesProblems(404)
            .WithETag();
        pathways.MapPost("/", async (CreatePathwayCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/pathways", await sender.Send(command, ct), p => p.Id))
            .WithName("CreatePathway").WithSummary("Add a career pathway (coordinators).").ProducesProblems(400, 403, 409);
        pathways.MapPut("/{id:int}", (int id, UpdatePathwayCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PathwayId = id }, ct))
            .WithName("UpdatePathway").WithSummary("Revise a career pathway (coordinators).").ProducesProblems(400, 403, 404, 409)
            .RequiresIfMatch();
        return app;
    }
}
