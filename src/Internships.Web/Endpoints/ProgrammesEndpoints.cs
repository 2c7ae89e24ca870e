using Internships.Application.Features.Programmes;

namespace Internships.Web.Endpoints;

public static class ProgrammesEndpoints
{
    public static IEndpointRouteBuilder MapProgrammesEndpoints(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapApiGroup("/api/programmes", "Micro-credential programmes");
        programmes.MapGet("/", ([AsParameters] ListProgrammesQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListProgrammes").WithSummary("The micro-credential programmes, by name (coordinators).").ProducesProblems(400, 403);
        programmes.MapPost("/", async (CreateProgrammeCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/programmes", await sender.Send(command, ct), p => p.Id))
            .WithName("CreateProgramme").WithSummary("Set up a programme: its requirements in order, the badge it earns, PD hours and fee (coordinators).")
            .ProducesProblems(400, 403, 409);
        programmes.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetProgrammeQuery(id), ct))
            .WithName("GetProgramme").WithSummary("One programme with its requirements (coordinators).").ProducesProblems(403, 404)
            .WithETag();
        programmes.MapPut("/{id:int}", (int id, UpdateProgrammeCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { ProgrammeId = id }, ct))
            .WithName("UpdateProgramme").WithSummary("Edit a programme; its requirements change only while nobody is enrolled (coordinators).")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        programmes.MapGet("/{id:int}/cohorts", (int id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                sender.Send(new ListCohortsQuery(id, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct))
            .WithName("ListCohorts").WithSummary("A programme's cohorts, newest first (coordinators).").ProducesProblems(400, 403, 404);
        programmes.MapPost("/{id:int}/cohorts", async (int id, CreateCohortCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/cohorts", await sender.Send(command with { ProgrammeId = id }, ct), c => c.Id))
            .WithName("CreateCohort").WithSummary("Open a cohort: dates, capacity, its trainer, coach and observer accounts (coordinators).")
            .ProducesProblems(400, 403, 404);

        var cohorts = app.MapApiGroup("/api/cohorts", "Micro-credential programmes");
        cohorts.MapGet("/mine", ([AsParameters] ListMyCohortTasksQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMyCohortTasks").WithSummary("The cohorts the signed-in account trains, coaches or observes, with how many participants wait on it.")
            .ProducesProblems(400);
        cohorts.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetCohortRosterQuery(id), ct))
            .WithName("GetCohortRoster").WithSummary("A cohort's roster with each participant's progress (coordinators, its trainer, coach and observer).")
            .ProducesProblems(404);
        cohorts.MapPost("/{id:int}/enrolments", async (int id, EnrolParticipantCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/enrolments", await sender.Send(command with { CohortId = id }, ct), e => e.Id))
            .WithName("EnrolParticipant").WithSummary("Enrol a person with an account in a cohort, for their organisation (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        cohorts.MapPost("/{id:int}/attendance", (int id, RecordAttendanceCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { CohortId = id }, ct))
            .WithName("RecordAttendance").WithSummary("Take a session's attendance roster: present or absent per participant (the cohort's trainer).")
            .ProducesProblems(400, 403, 404, 409);

        var enrolments = app.MapApiGroup("/api/enrolments", "Micro-credential programmes");
        enrolments.MapGet("/mine", ([AsParameters] ListMyEnrolmentsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMyEnrolments").WithSummary("The signed-in person's programme enrolments with their progress.").ProducesProblems(400);
        enrolments.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetEnrolmentQuery(id), ct))
            .WithName("GetEnrolment").WithSummary("A participant's progress checklist (the participant, the cohort's staff, coordinators).")
            .ProducesProblems(404);
        enrolments.MapGet("/{id:int}/transcript", async (int id, ISender sender, CancellationToken ct) =>
                Body.Download(await sender.Send(new GetPdTranscriptQuery(id), ct)))
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf")
            .WithName("GetPdTranscript").WithSummary("A participant's transcript of PD hours as a PDF (the participant, the cohort's staff, coordinators).")
            .ProducesProblems(404);
        enrolments.MapPost("/{id:int}/modules/{step:int}", (int id, int step, CompleteModuleCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EnrolmentId = id, Step = step }, ct))
            .WithName("CompleteModule").WithSummary("Mark an online module complete with what you did and a link (the participant).")
            .ProducesProblems(400, 403, 404, 409);
        enrolments.MapPost("/{id:int}/coaching", (int id, LogCoachingSessionCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EnrolmentId = id }, ct))
            .WithName("LogCoachingSession").WithSummary("Log a coaching session held with the participant (the cohort's coach).")
            .ProducesProblems(400, 403, 404, 409);
        enrolments.MapPost("/{id:int}/observations", (int id, RecordObservationCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EnrolmentId = id }, ct))
            .WithName("RecordObservation").WithSummary("Score an observation on the programme's rubric, 1 to 4 per criterion (the cohort's observer).")
            .ProducesProblems(400, 403, 404, 409);
        enrolments.MapPut("/{id:int}/fee", (int id, RecordProgrammeFeeCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EnrolmentId = id }, ct))
            .WithName("RecordProgrammeFee").WithSummary("Record the participant's fee as Paid, Waived or Owed; no payment is taken (coordinators).")
            .ProducesProblems(400, 403, 404);
        return app;
    }
}
