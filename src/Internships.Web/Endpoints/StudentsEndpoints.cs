using Internships.Application.Features.Students;
using Mediator;

namespace Internships.Web.Endpoints;

public static class StudentsEndpoints
{
    public static IEndpointRouteBuilder MapStudentsEndpoints(this IEndpointRouteBuilder app)
    {
        var students = app.MapGroup("/api/students").WithTags("Students").RequireAuthorization();
        students.MapGet("/", ([AsParameters] ListStudentsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        students.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetStudentQuery(id), ct));
        students.MapPost("/", async (CreateStudentCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/students", await sender.Send(command, ct), s => s.Id));
        students.MapPut("/{id:int}", (int id, UpdateStudentCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { StudentId = id }, ct));
        students.MapPost("/{id:int}/enrolments", async (int id, EnrolStudentCommand command, ISender sender, CancellationToken ct) =>
            TypedResults.Created($"/api/students/{id}", await sender.Send(command with { StudentId = id }, ct)));
        students.MapDelete("/{id:int}/enrolments/{pathwayId:int}", async (int id, int pathwayId, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(new EndEnrolmentCommand(id, pathwayId), ct);
            return TypedResults.NoContent();
        });
        return app;
    }
}
