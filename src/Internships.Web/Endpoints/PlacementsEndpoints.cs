using Internships.Application.Features.Badges;
using Internships.Application.Features.Evaluations;
using Internships.Application.Features.Placements;
using Mediator;

namespace Internships.Web.Endpoints;

public static class PlacementsEndpoints
{
    public static IEndpointRouteBuilder MapPlacementsEndpoints(this IEndpointRouteBuilder app)
    {
        var placements = app.MapGroup("/api/placements").WithTags("Placements").RequireAuthorization();
        placements.MapGet("/", ([AsParameters] ListPlacementsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        placements.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetPlacementQuery(id), ct));
        placements.MapPost("/{id:int}/documents", (int id, RecordPlacementDocumentCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { PlacementId = id }, ct));
        placements.MapPut("/{id:int}/supervisor", (int id, AssignPlacementSupervisorCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { PlacementId = id }, ct));
        placements.MapPost("/{id:int}/complete", (int id, ISender sender, CancellationToken ct) => sender.Send(new CompletePlacementCommand(id), ct));
        placements.MapPost("/{id:int}/end", (int id, EndPlacementCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { PlacementId = id }, ct));
        placements.MapPost("/{id:int}/award-badges", (int id, ISender sender, CancellationToken ct) =>
            sender.Send(new AwardPlacementBadgesCommand(id), ct)).WithTags("Badges");

        placements.MapPost("/{id:int}/hours", async (int id, LogHoursCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/timesheets", await sender.Send(command with { PlacementId = id }, ct), t => t.Id)).WithTags("Hours");
        placements.MapGet("/{placementId:int}/hours", ([AsParameters] ListPlacementHoursQuery query, ISender sender, CancellationToken ct) =>
            sender.Send(query, ct)).WithTags("Hours");

        placements.MapPost("/{id:int}/evaluations", async (int id, SubmitEvaluationCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Created($"/api/placements/{id}/evaluations", await sender.Send(command with { PlacementId = id }, ct)))
            .WithTags("Evaluations");
        placements.MapGet("/{id:int}/evaluations", (int id, ISender sender, CancellationToken ct) =>
            sender.Send(new ListPlacementEvaluationsQuery(id), ct)).WithTags("Evaluations");

        var timesheets = app.MapGroup("/api/timesheets").WithTags("Hours").RequireAuthorization();
        timesheets.MapPut("/{id:int}", (int id, CorrectHoursCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { EntryId = id }, ct));
        timesheets.MapPost("/{id:int}/approve", (int id, ISender sender, CancellationToken ct) => sender.Send(new ApproveHoursCommand(id), ct));
        timesheets.MapPost("/{id:int}/return", (int id, ReturnHoursCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { EntryId = id }, ct));

        var rubric = app.MapGroup("/api/rubric").WithTags("Evaluations").RequireAuthorization();
        rubric.MapGet("/", (bool? includeRetired, ISender sender, CancellationToken ct) => sender.Send(new GetRubricQuery(includeRetired ?? false), ct));
        rubric.MapPost("/competencies", async (AddRubricCompetencyCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/rubric/competencies", await sender.Send(command, ct), c => c.Id));
        rubric.MapPut("/competencies/{id:int}", (int id, UpdateRubricCompetencyCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { CompetencyId = id }, ct));
        return app;
    }
}
