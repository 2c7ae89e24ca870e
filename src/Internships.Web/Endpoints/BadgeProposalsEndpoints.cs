using Internships.Application.Features.BadgeProposals;

namespace Internships.Web.Endpoints;

public static class BadgeProposalsEndpoints
{
    public static IEndpointRouteBuilder MapBadgeProposalsEndpoints(this IEndpointRouteBuilder app)
    {
        var proposals = app.MapApiGroup("/api/badge-proposals", "Badge proposals");
        proposals.MapGet("/", ([AsParameters] ListBadgeProposalsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListBadgeProposals")
            .WithSummary("Badge proposals, oldest first: status=Proposed is the review queue; an employer admin sees its own organisation's.")
            .ProducesProblems(400, 403);
        proposals.MapPost("/", async (ProposeBadgeCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/badge-proposals", await sender.Send(command, ct), p => p.Id))
            .WithName("ProposeBadge").WithSummary("Propose a badge for your organisation: name, description, criteria, tasks, skill (employer admins).")
            .ProducesProblems(400, 403);
        proposals.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetBadgeProposalQuery(id), ct))
            .WithName("GetBadgeProposal").WithSummary("One proposal (coordinators, the proposing employer's admins).").ProducesProblems(403, 404)
            .WithETag();
        proposals.MapPut("/{id:int}", (int id, ReviseBadgeProposalCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { ProposalId = id }, ct))
            .WithName("ReviseBadgeProposal").WithSummary("Change a proposal while it waits for approval (coordinators, the proposing employer's admins).")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        proposals.MapPost("/{id:int}/approve", (int id, ISender sender, CancellationToken ct) => sender.Send(new ApproveBadgeProposalCommand(id), ct))
            .WithName("ApproveBadgeProposal")
            .WithSummary("Approve a proposal: the badge joins the catalogue with the employer as co-designer (coordinators).")
            .ProducesProblems(403, 404, 409)
            .HonoursIfMatch();
        proposals.MapPost("/{id:int}/decline", (int id, DeclineBadgeProposalCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { ProposalId = id }, ct))
            .WithName("DeclineBadgeProposal").WithSummary("Decline a proposal with the reason the employer sees (coordinators).")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        return app;
    }
}
