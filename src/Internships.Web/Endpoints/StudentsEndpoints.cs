using Internships.Application.Features.Students;
using Mediator;

namespace Internships.Web.Endpoints;

public static class StudentsEndpoints
{
    public static IEndpointRouteBuilder MapStudentsEndpoints(this IEndpointRouteBuilder app)
    {
        var students = app.MapApiGroup("/api/students", "Students");
        students.MapGet("/", ([AsParameters] ListStudentsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListStudents").WithSummary("Search the students (coordinators).").ProducesProblems(400, 403);
        students.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetStudentQuery(id), ct))
            .WithName("GetStudent").WithSummary("A student's record: for coordinators and the student themself.").ProducesProblems(403, 404);
        students.MapPost("/", async (CreateStudentCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/students", await sender.Send(command, ct), s => s.Id))
            .WithName("CreateStudent").WithSummary("Add a student; the SIS id is unique (coordinators).").ProducesProblems(400, 403, 409);
        students.MapPut("/{id:int}", (int id, UpdateStudentCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { StudentId = id }, ct))
            .WithName("UpdateStudent").WithSummary("Correct a student's record, grade or school, or mark them no longer enrolled (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        students.MapPost("/{id:int}/enrolments", async (int id, EnrolStudentCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Created($"/api/students/{id}", await sender.Send(command with { StudentId = id }, ct)))
            .WithName("EnrolStudent").WithSummary("Enrol a student in a career pathway (coordinators).").ProducesProblems(400, 403, 404, 409);
        students.MapDelete("/{id:int}/enrolments/{pathwayId:int}", async (int id, int pathwayId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new EndEnrolmentCommand(id, pathwayId), ct);
                return TypedResults.NoContent();
            })
            .WithName("EndEnrolment").WithSummary("End a student's enrolment in a pathway today; it stays on their record (coordinators).")
            .ProducesProblems(403, 404, 409);
        return app;
    }
}
