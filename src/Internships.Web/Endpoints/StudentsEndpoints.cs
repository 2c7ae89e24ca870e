using Internships.Application.Features.Students;

namespace Internships.Web.Endpoints;

public static class StudentsEndpoints
{
    public static IEndpointRouteBuilder MapStudentsEndpoints(this IEndpointRouteBuilder app)
    {
        var students = app.MapApiGroup("/api/students", "Students");
        students.MapGet("/", ([AsParameters] ListStudentsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListStudents").WithSummary("Search the students (coordinators).").ProducesProblems(400, 403);
        students.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetStudentQuery(id), ct))
            .WithName("GetStudent").WithSummary("A student's record: for coordinators and the student themself.").ProducesProblems(403, 404)
            .WithETag();
        students.MapPost("/", async (CreateStudentCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/students", await sender.Send(command, ct), s => s.Id))
            .WithName("CreateStudent").WithSummary("Add a student; the SIS id is unique (coordinators).").ProducesProblems(400, 403, 409);
        students.MapPut("/{id:int}", (int id, UpdateStudentCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { StudentId = id }, ct))
            .WithName("UpdateStudent").WithSummary("Correct a student's record, grade or school, or mark them no longer enrolled (coordinators).")
            .ProducesProblems(400, 403, 404, 409)
            .RequiresIfMatch();
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
        students.MapGet("/{id:int}/record", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetStudentRecordQuery(id), ct))
            .WithName("GetStudentRecord")
            .WithSummary("A student's whole record: details, contacts, applications, placements with hours, evaluations, badges (coordinators).")
            .ProducesProblems(403, 404);
        students.MapPut("/{id:int}/status", (int id, SetStudentStatusCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { StudentId = id }, ct))
            .WithName("SetStudentStatus").WithSummary("Mark a student no longer enrolled in the district, or enrolled again; records stay (coordinators).")
            .ProducesProblems(400, 403, 404)
            .RequiresIfMatch();
        students.MapPost("/{id:int}/contacts", async (int id, AddStudentContactCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Created($"/api/students/{id}", await sender.Send(command with { StudentId = id }, ct)))
            .WithName("AddStudentContact").WithSummary("Add a parent, guardian or emergency contact with their preferred language (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        students.MapPut("/{id:int}/contacts/{contactId:int}", (int id, int contactId, UpdateStudentContactCommand command, ISender sender,
                CancellationToken ct) => sender.Send(command with { StudentId = id, ContactId = contactId }, ct))
            .WithName("UpdateStudentContact").WithSummary("Correct a student's contact (coordinators).").ProducesProblems(400, 403, 404);
        students.MapDelete("/{id:int}/contacts/{contactId:int}", (int id, int contactId, ISender sender, CancellationToken ct) =>
                sender.Send(new RemoveStudentContactCommand(id, contactId), ct))
            .WithName("RemoveStudentContact").WithSummary("Remove a contact from a student's record (coordinators).").ProducesProblems(403, 404);
        return app;
    }
}
