using Internships.Application.Features.Users;
using Mediator;

namespace Internships.Web.Endpoints;

public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapApiGroup("/api/users", "Accounts");
        users.MapGet("/", ([AsParameters] ListUsersQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListUsers").WithSummary("The accounts, optionally in one role (administrators).").ProducesProblems(400, 403);
        users.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetUserQuery(id), ct))
            .WithName("GetUser").WithSummary("One account (administrators).").ProducesProblems(403, 404);
        users.MapPost("/", async (CreateUserCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/users", await sender.Send(command, ct), u => u.Id))
            .WithName("CreateUser").WithSummary("Open an account in one role, linked to the record it acts for (administrators).")
            .ProducesProblems(400, 403, 409);
        return app;
    }
}
