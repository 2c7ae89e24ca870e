using Internships.Application.Common.Files;
using Internships.Application.Features.Badges;
using Internships.Application.Features.Evaluations;
using Internships.Application.Features.Placements;
using Internships.Domain.Placements;

namespace Internships.Web.Endpoints;

public static class PlacementsEndpoints
{
    public static IEndpointRouteBuilder MapPlacementsEndpoints(this IEndpointRouteBuilder app)
    {
        var placements = app.MapApiGroup("/api/placements", "Placements");
        placements.MapGet("/", ([AsParameters] ListPlacementsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListPlacements").WithSummary("The placements the caller may see.").ProducesProblems(400, 403);
        placements.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetPlacementQuery(id), ct))
            .WithName("GetPlacement").WithSummary("A placement with its paperwork, hours and evaluations.").ProducesProblems(403, 404)
            .WithETag();
        placements.MapPost("/{id:int}/documents", (int id, RecordPlacementDocumentCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PlacementId = id }, ct))
            .WithName("RecordPlacementDocument").WithSummary("Record a verified document (work permit, guardian consent, training agreement) (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        placements.MapPut("/{id:int}/documents/{type}/file", async (int id, PlacementDocumentType type, HttpRequest request, ISender sender,
                CancellationToken ct) =>
                await sender.Send(new AttachPlacementDocumentFileCommand(id, type, await Body.ReadUploadAsync(request, "application/pdf",
                    $"{type}.pdf", UploadRules.MaxDocumentBytes, ct)), ct))
            .Accepts<byte[]>("application/pdf")
            .WithName("AttachPlacementDocumentFile").WithSummary("Upload the signed copy (PDF) of a document recorded on the placement (coordinators).")
            .ProducesProblems(400, 403, 404, 409, 415);
        placements.MapGet("/{id:int}/documents/{type}/file", async (int id, PlacementDocumentType type, ISender sender, CancellationToken ct) =>
                Body.Download(await sender.Send(new DownloadPlacementDocumentQuery(id, type), ct)))
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf")
            .WithName("DownloadPlacementDocument").WithSummary("The signed copy of a placement's document (coordinators).")
            .ProducesProblems(400, 403, 404);
        placements.MapPut("/{id:int}/supervisor", (int id, AssignPlacementSupervisorCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PlacementId = id }, ct))
            .WithName("AssignPlacementSupervisor").WithSummary("Name or change the supervisor the intern reports to.")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        placements.MapPost("/{id:int}/complete", (int id, ISender sender, CancellationToken ct) => sender.Send(new CompletePlacementCommand(id), ct))
            .WithName("CompletePlacement").WithSummary("Complete a placement whose final evaluation and hours are in; its badges are awarded.")
            .ProducesProblems(403, 404, 409);
        placements.MapPost("/{id:int}/end", (int id, EndPlacementCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PlacementId = id }, ct))
            .WithName("EndPlacement").WithSummary("End a placement early, saying why (coordinators).").ProducesProblems(400, 403, 404, 409);
        placements.MapPost("/{id:int}/award-badges", (int id, ISender sender, CancellationToken ct) =>
                sender.Send(new AwardPlacementBadgesCommand(id), ct))
            .WithTags("Badges")
            .WithName("AwardPlacementBadges").WithSummary("Apply the award rules to a completed placement again, adding only awards it lacks (coordinators).")
            .ProducesProblems(403, 404, 409);

        placements.MapPost("/{id:int}/hours", async (int id, LogHoursCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/timesheets", await sender.Send(command with { PlacementId = id }, ct), t => t.Id))
            .WithTags("Hours")
            .WithName("LogHours").WithSummary("Log a day's hours and what the intern did, for their supervisor to approve (the intern).")
            .ProducesProblems(400, 403, 404, 409);
        placements.MapPost("/{id:int}/hours/approve", (int id, ApproveSelectedHoursCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PlacementId = id }, ct))
            .WithTags("Hours")
            .WithName("ApproveSelectedHours")
            .WithSummary("Approve several of a placement's hour entries at once, all or none (the intern's supervisor, or a coordinator for them).")
            .ProducesProblems(400, 403, 404, 409);
        placements.MapGet("/{placementId:int}/hours", ([AsParameters] ListPlacementHoursQuery query, ISender sender, CancellationToken ct) =>
                sender.Send(query, ct))
            .WithTags("Hours")
            .WithName("ListPlacementHours").WithSummary("A placement's timesheet, newest day first.").ProducesProblems(400, 403, 404);

        placements.MapPost("/{id:int}/evaluations", async (int id, SubmitEvaluationCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Created($"/api/placements/{id}/evaluations", await sender.Send(command with { PlacementId = id }, ct)))
            .WithTags("Evaluations")
            .WithName("SubmitEvaluation").WithSummary("Submit the midpoint or final evaluation with a testimonial (the intern's supervisor).")
            .ProducesProblems(400, 403, 404, 409);
        placements.MapGet("/{id:int}/evaluations", (int id, ISender sender, CancellationToken ct) =>
                sender.Send(new ListPlacementEvaluationsQuery(id), ct))
            .WithTags("Evaluations")
            .WithName("ListPlacementEvaluations").WithSummary("A placement's evaluations, midpoint first.").ProducesProblems(403, 404);

        var timesheets = app.MapApiGroup("/api/timesheets", "Hours");
        timesheets.MapPut("/{id:int}", (int id, CorrectHoursCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EntryId = id }, ct))
            .WithName("CorrectHours").WithSummary("Correct a timesheet entry not yet approved (the intern).").ProducesProblems(400, 403, 404, 409);
        timesheets.MapPost("/{id:int}/approve", (int id, ISender sender, CancellationToken ct) => sender.Send(new ApproveHoursCommand(id), ct))
            .WithName("ApproveHours").WithSummary("Approve a day's hours (the intern's supervisor).").ProducesProblems(403, 404, 409);
        timesheets.MapPost("/{id:int}/return", (int id, ReturnHoursCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EntryId = id }, ct))
            .WithName("ReturnHours").WithSummary("Return a day's hours with a note saying what to fix (the intern's supervisor).")
            .ProducesProblems(400, 403, 404, 409);

        var rubric = app.MapApiGroup("/api/rubric", "Evaluations");
        rubric.MapGet("/", (bool? includeRetired, ISender sender, CancellationToken ct) => sender.Send(new GetRubricQuery(includeRetired ?? false), ct))
            .WithName("GetRubric").WithSummary("The career-readiness competencies supervisors rate interns against, in order.").ProducesProblems(400);
        rubric.MapPost("/competencies", async (AddRubricCompetencyCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/rubric/competencies", await sender.Send(command, ct), c => c.Id))
            .WithName("AddRubricCompetency").WithSummary("Add a competency to the rubric (coordinators).").ProducesProblems(400, 403, 409);
        rubric.MapPut("/order", (ReorderRubricCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("ReorderRubric").WithSummary("Put every competency of the rubric in a new order, first first (coordinators).")
            .ProducesProblems(400, 403);
        rubric.MapPut("/competencies/{id:int}", (int id, UpdateRubricCompetencyCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { CompetencyId = id }, ct))
            .WithName("UpdateRubricCompetency").WithSummary("Rename, reorder or retire a competency (coordinators).").ProducesProblems(400, 403, 404, 409);
        return app;
    }
}
