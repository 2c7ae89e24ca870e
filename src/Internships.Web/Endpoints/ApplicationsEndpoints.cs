using Internships.Application.Features.Applications;

namespace Internships.Web.Endpoints;

public static class ApplicationsEndpoints
{
    public static IEndpointRouteBuilder MapApplicationsEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapApiGroup("/api/applications", "Applications");
        applications.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetApplicationQuery(id), ct))
            .WithName("GetApplication").WithSummary("One application: for its student, the posting's employer admins and coordinators.")
            .ProducesProblems(403, 404);
        applications.MapGet("/{id:int}/badges", (int id, ISender sender, CancellationToken ct) => sender.Send(new ListApplicantBadgesQuery(id), ct))
            .WithName("ListApplicantBadges")
            .WithSummary("The badges the applicant holds, with verification links, when they agreed to share them (the posting's employer admins, coordinators).")
            .ProducesProblems(403, 404);
        applications.MapPost("/{id:int}/withdraw", (int id, ISender sender, CancellationToken ct) => sender.Send(new WithdrawApplicationCommand(id), ct))
            .WithName("WithdrawApplication").WithSummary("Withdraw an application not yet accepted (its student).").ProducesProblems(403, 404, 409);
        applications.MapPost("/{id:int}/review", (int id, ISender sender, CancellationToken ct) => sender.Send(new ReviewApplicationCommand(id), ct))
            .WithName("ReviewApplication").WithSummary("Start reviewing a submitted application (the employer).").ProducesProblems(403, 404, 409);
        applications.MapPost("/{id:int}/reject", (int id, RejectApplicationCommand? command, ISender sender, CancellationToken ct) =>
                sender.Send((command ?? new RejectApplicationCommand(null)) with { ApplicationId = id }, ct))
            .WithName("RejectApplication").WithSummary("Turn an application down, optionally saying why (the employer).")
            .ProducesProblems(400, 403, 404, 409);
        applications.MapPost("/{id:int}/offer", (int id, ISender sender, CancellationToken ct) => sender.Send(new MakeOfferCommand(id), ct))
            .WithName("MakeOffer").WithSummary("Offer the applicant a place (the employer).").ProducesProblems(403, 404, 409);
        applications.MapPost("/{id:int}/accept", (int id, ISender sender, CancellationToken ct) => sender.Send(new AcceptOfferCommand(id), ct))
            .WithName("AcceptOffer").WithSummary("Take the offered place while the posting has a slot left (its student).").ProducesProblems(403, 404, 409);
        applications.MapPost("/{id:int}/decline", (int id, ISender sender, CancellationToken ct) => sender.Send(new DeclineOfferCommand(id), ct))
            .WithName("DeclineOffer").WithSummary("Decline the offered place (its student).").ProducesProblems(403, 404, 409);

        var mine = app.MapApiGroup("/api/me/applications", "Applications");
        mine.MapGet("/", ([AsParameters] ListMyApplicationsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMyApplications").WithSummary("The signed-in student's applications, in the order they ranked them.")
            .ProducesProblems(400, 403);
        mine.MapPut("/ranking", async (RankMyApplicationsCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("RankMyApplications").WithSummary("Put the signed-in student's pending applications in order of preference, first choice first.")
            .ProducesProblems(400, 403, 409);
        return app;
    }
}
