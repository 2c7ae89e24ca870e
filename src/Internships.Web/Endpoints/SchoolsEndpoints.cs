using Internships.Application.Features.Schools;

namespace Internships.Web.Endpoints;

public static class SchoolsEndpoints
{
    public static IEndpointRouteBuilder MapSchoolsEndpoints(this IEndpointRouteBuilder app)
    {
        var schools = app.MapApiGroup("/api/schools", "Schools");
        schools.MapGet("/", ([AsParameters] ListSchoolsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListSchools").WithSummary("The district's schools, a page at a time.").ProducesProblems(400);
        schools.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetSchoolQuery(id), ct))
            .WithName("GetSchool").WithSummary("One school.").ProducesProblems(404)
            .WithETag();
        schools.MapPost("/", async (CreateSchoolCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/schools", await sender.Send(command, ct), s => s.Id))
            .WithName("CreateSchool").WithSummary("Add a school (coordinators).").ProducesProblems(400, 403, 409);
        schools.MapPut("/{id:int}", (int id, UpdateSchoolCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { SchoolId = id }, ct))
            .WithName("UpdateSchool").WithSummary("Correct a school's name, code or city (coordinators).").ProducesProblems(400, 403, 404, 409)
            .RequiresIfMatch();
        return app;
    }
}
