using Internships.Application.Features.Schools;
using Mediator;

namespace Internships.Web.Endpoints;

public static class SchoolsEndpoints
{
    public static IEndpointRouteBuilder MapSchoolsEndpoints(this IEndpointRouteBuilder app)
    {
        var schools = app.MapGroup("/api/schools").WithTags("Schools").RequireAuthorization();
        schools.MapGet("/", ([AsParameters] ListSchoolsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        schools.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetSchoolQuery(id), ct));
        schools.MapPost("/", async (CreateSchoolCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/schools", await sender.Send(command, ct), s => s.Id));
        schools.MapPut("/{id:int}", (int id, UpdateSchoolCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { SchoolId = id }, ct));
        return app;
    }
}
