using Internships.Application.Features.Applications;
using Mediator;

namespace Internships.Web.Endpoints;

public static class ApplicationsEndpoints
{
    public static IEndpointRouteBuilder MapApplicationsEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/applications").WithTags("Applications").RequireAuthorization();
        applications.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetApplicationQuery(id), ct));
        applications.MapPost("/{id:int}/withdraw", (int id, ISender sender, CancellationToken ct) => sender.Send(new WithdrawApplicationCommand(id), ct));
        applications.MapPost("/{id:int}/review", (int id, ISender sender, CancellationToken ct) => sender.Send(new ReviewApplicationCommand(id), ct));
        applications.MapPost("/{id:int}/reject", (int id, RejectApplicationCommand? command, ISender sender, CancellationToken ct) =>
            sender.Send((command ?? new RejectApplicationCommand(null)) with { ApplicationId = id }, ct));
        applications.MapPost("/{id:int}/offer", (int id, ISender sender, CancellationToken ct) => sender.Send(new MakeOfferCommand(id), ct));
        applications.MapPost("/{id:int}/accept", (int id, ISender sender, CancellationToken ct) => sender.Send(new AcceptOfferCommand(id), ct));
        applications.MapPost("/{id:int}/decline", (int id, ISender sender, CancellationToken ct) => sender.Send(new DeclineOfferCommand(id), ct));

        var mine = app.MapGroup("/api/me/applications").WithTags("Applications").RequireAuthorization();
        mine.MapGet("/", ([AsParameters] ListMyApplicationsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        mine.MapPut("/ranking", async (RankMyApplicationsCommand command, ISender sender, CancellationToken ct) =>
        {
            await sender.Send(command, ct);
            return TypedResults.NoContent();
        });
        return app;
    }
}
