using Internships.Application.Features.Pathways;
using Mediator;

namespace Internships.Web.Endpoints;

public static class PathwaysEndpoints
{
    public static IEndpointRouteBuilder MapPathwaysEndpoints(this IEndpointRouteBuilder app)
    {
        var pathways = app.MapGroup("/api/pathways").WithTags("Career pathways").RequireAuthorization();
        pathways.MapGet("/", ([AsParameters] ListPathwaysQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        pathways.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetPathwayQuery(id), ct));
        pathways.MapPost("/", async (CreatePathwayCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/pathways", await sender.Send(command, ct), p => p.Id));
        pathways.MapPut("/{id:int}", (int id, UpdatePathwayCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { PathwayId = id }, ct));
        return app;
    }
}
