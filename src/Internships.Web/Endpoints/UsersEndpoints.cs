using Internships.Application.Features.Users;

namespace Internships.Web.Endpoints;

public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapApiGroup("/api/users", "Accounts");
        users.MapGet("/", ([AsParameters] ListUsersQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListUsers").WithSummary("The accounts: search by address, by role, by state (coordinators and administrators).").ProducesProblems(400, 403);
        users.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetUserQuery(id), ct))
            .WithName("GetUser").WithSummary("One account (coordinators and administrators).").ProducesProblems(403, 404);
        users.MapPost("/", async (CreateUserCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/users", await sender.Send(command, ct), u => u.Id))
            .WithName("CreateUser").WithSummary("Open an account with a first password, in one role, linked to the record it acts for (administrators).")
            .ProducesProblems(400, 403, 409);
        users.MapPost("/{id:int}/disable", (int id, ISender sender, CancellationToken ct) => sender.Send(new DisableUserCommand(id), ct))
            .WithName("DisableUser").WithSummary("Stop an account from signing in, ending its sessions (coordinators for students and employer staff; administrators).")
            .ProducesProblems(403, 404, 409);
        users.MapPost("/{id:int}/enable", (int id, ISender sender, CancellationToken ct) => sender.Send(new EnableUserCommand(id), ct))
            .WithName("EnableUser").WithSummary("Let a disabled account sign in again.").ProducesProblems(403, 404, 409);
        users.MapPost("/{id:int}/unlock", (int id, ISender sender, CancellationToken ct) => sender.Send(new UnlockUserCommand(id), ct))
            .WithName("UnlockUser").WithSummary("End a lock-out after repeated failed sign-ins.").ProducesProblems(403, 404);
        users.MapPut("/{id:int}/roles", (int id, SetUserRolesCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { UserId = id }, ct))
            .WithName("SetUserRoles").WithSummary("Replace an account's roles; its sessions end (administrators).").ProducesProblems(400, 403, 404, 409);
        return app;
    }
}
