using Internships.Application.Features.Badges;

namespace Internships.Web.Endpoints;

public static class BadgesEndpoints
{
    public static IEndpointRouteBuilder MapBadgesEndpoints(this IEndpointRouteBuilder app)
    {
        var badges = app.MapApiGroup("/api/badges", "Badges");
        badges.MapGet("/", ([AsParameters] ListBadgeClassesQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListBadgeClasses").WithSummary("The badge catalogue, by kind and recipient type.").ProducesProblems(400);
        badges.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetBadgeClassQuery(id), ct))
            .WithName("GetBadgeClass").WithSummary("A badge of the catalogue.").ProducesProblems(404)
            .WithETag();
        badges.MapPost("/", async (CreateBadgeClassCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/badges", await sender.Send(command, ct), b => b.Id))
            .WithName("CreateBadgeClass").WithSummary("Add a badge to the catalogue (coordinators).").ProducesProblems(400, 403, 409);
        badges.MapPut("/{id:int}", (int id, UpdateBadgeClassCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { BadgeClassId = id }, ct))
            .WithName("UpdateBadgeClass").WithSummary("Revise or retire a badge; awards already made stand (coordinators).")
            .ProducesProblems(400, 403, 404, 409)
            .RequiresIfMatch();
        badges.MapPut("/{id:int}/image", async (int id, HttpRequest request, ISender sender, CancellationToken ct) =>
                await sender.Send(new UploadBadgeImageCommand(id, await Body.ReadBytesAsync(request, "image/png", UploadBadgeImageValidator.MaxBytes, ct)), ct))
            .Accepts<byte[]>("image/png")
            .WithName("UploadBadgeImage").WithSummary("Upload the badge's own PNG image, or an empty body to go back to the rendered one (coordinators).")
            .ProducesProblems(400, 403, 404, 415);
        badges.MapGet("/{id:int}/unlocks", (int id, ISender sender, CancellationToken ct) => sender.Send(new ListBadgeUnlocksQuery(id), ct))
            .WithName("ListBadgeUnlocks").WithSummary("The postings taking applications that require this badge.").ProducesProblems(404);

        badges.MapPost("/{id:int}/awards", async (int id, AwardBadgeCommand command, ISender sender, CancellationToken ct) =>
            {
                var award = await sender.Send(command with { BadgeClassId = id }, ct);
                return TypedResults.Created($"/api/awards/{award.Id}", award);
            })
            .WithName("AwardBadge").WithSummary("Award a badge by hand to a student or an organisation holding its prerequisites (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        badges.MapPost("/{id:int}/awards/bulk", async (int id, HttpRequest request, ISender sender, CancellationToken ct) =>
                await sender.Send(new BulkAwardBadgeCommand(id, await Body.ReadTextAsync(request, "text/csv", BulkAwardBadgeValidator.MaxBytes, ct)), ct))
            .Accepts<string>("text/csv")
            .WithName("BulkAwardBadge").WithSummary("Award to a roster: CSV with a header and columns sisId, evidenceNarrative, evidenceUrl.")
            .ProducesProblems(400, 403, 404, 409, 415);

        badges.MapPost("/{id:int}/awards/bulk/preview", async (int id, HttpRequest request, ISender sender, CancellationToken ct) =>
                await sender.Send(new PreviewRosterAwardQuery(id, await Body.ReadTextAsync(request, "text/csv", BulkAwardBadgeValidator.MaxBytes, ct)), ct))
            .Accepts<string>("text/csv")
            .WithName("PreviewRosterAward").WithSummary("What awarding to a roster would do, row by row, without awarding anything (coordinators).")
            .ProducesProblems(400, 403, 404, 409, 415);
        badges.MapGet("/preview-image", async ([AsParameters] PreviewBadgeImageQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.File(await sender.Send(query, ct), "image/png"))
            .Produces<byte[]>(StatusCodes.Status200OK, "image/png")
            .WithName("PreviewBadgeImage").WithSummary("The image drawn for a badge of this name, colour and kind (coordinators).")
            .ProducesProblems(400, 403);

        var awards = app.MapApiGroup("/api/awards", "Badges");
        awards.MapGet("/", ([AsParameters] ListAwardsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListAwards").WithSummary("Awards across the district, by badge, student or organisation (coordinators).").ProducesProblems(400, 403);
        awards.MapGet("/{id:guid}", (Guid id, ISender sender, CancellationToken ct) => sender.Send(new GetAwardQuery(id), ct))
            .WithName("GetAward").WithSummary("One award: for coordinators and its student recipient.").ProducesProblems(403, 404)
            .WithETag();
        awards.MapPost("/{id:guid}/revoke", (Guid id, RevokeAwardCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { AwardId = id }, ct))
            .WithName("RevokeAward").WithSummary("Revoke an award, saying why; verifiers see it at once (coordinators).")
            .ProducesProblems(400, 403, 404, 409);

        var mine = app.MapApiGroup("/api/me/badges", "Badges");
        mine.MapGet("/ladder", ([AsParameters] GetBadgeLadderQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("GetMyBadgeLadder")
            .WithSummary("My ladder to a badge (badgeClassId) or to what a posting requires (postingId): what I hold, what to earn next, what each step unlocks (students).")
            .ProducesProblems(400, 403, 404);
        mine.MapGet("/", ([AsParameters] ListMyBadgesQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMyBadges").WithSummary("The signed-in student's backpack, newest award first.").ProducesProblems(400, 403);
        mine.MapGet("/export", (ISender sender, CancellationToken ct) => sender.Send(new ExportMyBadgesQuery(), ct))
            .WithName("ExportMyBadges").WithSummary("Every award of the signed-in student as OB 2.0 assertions and OB 3.0 credentials.")
            .ProducesProblems(403);
        mine.MapPost("/{id:guid}/artefacts", (Guid id, AddAwardArtefactCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { AwardId = id }, ct))
            .WithName("AddAwardArtefact").WithSummary("Link work that shows what the student did to their award, as evidence.")
            .ProducesProblems(400, 403, 404, 409);
        mine.MapPut("/{id:guid}/visibility", (Guid id, SetAwardNameVisibilityCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { AwardId = id }, ct))
            .WithName("SetAwardNameVisibility").WithSummary("Choose whether the award's public pages show the student's name.")
            .ProducesProblems(400, 403, 404);
        mine.MapPut("/{id:guid}/publication", (Guid id, SetAwardDetailsPublicationCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { AwardId = id }, ct))
            .WithName("SetAwardDetailsPublication")
            .WithSummary("Choose whether the public pages show the details of the award's evidence; a student under 18 records a guardian's consent.")
            .ProducesProblems(400, 403, 404);
        mine.MapGet("/recipient", (ISender sender, CancellationToken ct) => sender.Send(new GetMyBadgeRecipientQuery(), ct))
            .WithName("GetMyBadgeRecipient").WithSummary("The address the student's future badges are made out to.")
            .ProducesProblems(403);
        mine.MapPut("/recipient", (SetMyBadgeRecipientCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("SetMyBadgeRecipient")
            .WithSummary("Make the student's future badges out to an opaque address (none confirmable by guessing their e-mail), or back to it.")
            .ProducesProblems(400, 403);
        return app;
    }
}
