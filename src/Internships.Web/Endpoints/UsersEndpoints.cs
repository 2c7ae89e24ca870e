using Internships.Application.Features.Users;
using Mediator;

namespace Internships.Web.Endpoints;

public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Accounts").RequireAuthorization();
        users.MapGet("/", ([AsParameters] ListUsersQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        users.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetUserQuery(id), ct));
        users.MapPost("/", async (CreateUserCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/users", await sender.Send(command, ct), u => u.Id));
        return app;
    }
}
