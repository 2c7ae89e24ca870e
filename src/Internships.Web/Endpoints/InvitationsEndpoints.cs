using Internships.Application.Features.Invitations;

namespace Internships.Web.Endpoints;

public static class InvitationsEndpoints
{
    public static IEndpointRouteBuilder MapInvitationsEndpoints(this IEndpointRouteBuilder app)
    {
        var invitations = app.MapApiGroup("/api/invitations", "Accounts");
        invitations.MapGet("/", ([AsParameters] ListInvitationsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListInvitations").WithSummary("Invitations, newest first, in one state (Pending: still waiting) or all (coordinators and administrators).")
            .ProducesProblems(400, 403);
        invitations.MapPost("/", async (InviteUserCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/invitations", await sender.Send(command, ct), i => i.Id))
            .WithName("InviteUser").WithSummary("E-mail someone a one-time link, valid seven days, to open their account in a role, for a record.")
            .ProducesProblems(400, 403, 409);
        invitations.MapPost("/{id:int}/resend", (int id, ISender sender, CancellationToken ct) => sender.Send(new ResendInvitationCommand(id), ct))
            .WithName("ResendInvitation").WithSummary("Send the invitation again with a new link (the earlier link stops working).")
            .ProducesProblems(403, 404, 409);
        invitations.MapPost("/{id:int}/revoke", (int id, ISender sender, CancellationToken ct) => sender.Send(new RevokeInvitationCommand(id), ct))
            .WithName("RevokeInvitation").WithSummary("Withdraw an invitation: its link stops working.").ProducesProblems(403, 404, 409);
        return app;
    }
}
