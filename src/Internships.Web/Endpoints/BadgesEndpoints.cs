using Internships.Application.Features.Badges;
using Mediator;

namespace Internships.Web.Endpoints;

public static class BadgesEndpoints
{
    public static IEndpointRouteBuilder MapBadgesEndpoints(this IEndpointRouteBuilder app)
    {
        var badges = app.MapGroup("/api/badges").WithTags("Badges").RequireAuthorization();
        badges.MapGet("/", ([AsParameters] ListBadgeClassesQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        badges.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetBadgeClassQuery(id), ct));
        badges.MapPost("/", async (CreateBadgeClassCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/badges", await sender.Send(command, ct), b => b.Id));
        badges.MapPut("/{id:int}", (int id, UpdateBadgeClassCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { BadgeClassId = id }, ct));
        badges.MapPut("/{id:int}/image", async (int id, HttpRequest request, ISender sender, CancellationToken ct) =>
                await sender.Send(new UploadBadgeImageCommand(id, await Body.ReadBytesAsync(request, "image/png", UploadBadgeImageValidator.MaxBytes, ct)), ct))
            .Accepts<byte[]>("image/png");
        badges.MapGet("/{id:int}/unlocks", (int id, ISender sender, CancellationToken ct) => sender.Send(new ListBadgeUnlocksQuery(id), ct))
            .WithSummary("The postings taking applications that require this badge.");

        badges.MapPost("/{id:int}/awards", async (int id, AwardBadgeCommand command, ISender sender, CancellationToken ct) =>
        {
            var award = await sender.Send(command with { BadgeClassId = id }, ct);
            return TypedResults.Created($"/api/awards/{award.Id}", award);
        });
        badges.MapPost("/{id:int}/awards/bulk", async (int id, HttpRequest request, ISender sender, CancellationToken ct) =>
                await sender.Send(new BulkAwardBadgeCommand(id, await Body.ReadTextAsync(request, "text/csv", BulkAwardBadgeValidator.MaxBytes, ct)), ct))
            .Accepts<string>("text/csv")
            .WithSummary("Award to a roster: CSV with a header and columns sisId, evidenceNarrative, evidenceUrl.");

        var awards = app.MapGroup("/api/awards").WithTags("Badges").RequireAuthorization();
        awards.MapGet("/", ([AsParameters] ListAwardsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        awards.MapGet("/{id:guid}", (Guid id, ISender sender, CancellationToken ct) => sender.Send(new GetAwardQuery(id), ct));
        awards.MapPost("/{id:guid}/revoke", (Guid id, RevokeAwardCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { AwardId = id }, ct));

        var mine = app.MapGroup("/api/me/badges").WithTags("Badges").RequireAuthorization();
        mine.MapGet("/", ([AsParameters] ListMyBadgesQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        mine.MapGet("/export", (ISender sender, CancellationToken ct) => sender.Send(new ExportMyBadgesQuery(), ct));
        mine.MapPost("/{id:guid}/artefacts", (Guid id, AddAwardArtefactCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { AwardId = id }, ct));
        mine.MapPut("/{id:guid}/visibility", (Guid id, SetAwardNameVisibilityCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { AwardId = id }, ct));
        return app;
    }
}
