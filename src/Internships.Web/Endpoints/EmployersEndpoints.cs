using Internships.Application.Features.Employers;
using Mediator;

namespace Internships.Web.Endpoints;

public static class EmployersEndpoints
{
    public static IEndpointRouteBuilder MapEmployersEndpoints(this IEndpointRouteBuilder app)
    {
        var employers = app.MapGroup("/api/employers").WithTags("Employers").RequireAuthorization();
        employers.MapGet("/", ([AsParameters] ListEmployersQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        employers.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetEmployerQuery(id), ct));
        employers.MapPost("/", async (CreateEmployerCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/employers", await sender.Send(command, ct), e => e.Id));
        employers.MapPut("/{id:int}", (int id, UpdateEmployerCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { EmployerId = id }, ct));

        employers.MapGet("/{id:int}/supervisors", (int id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
            sender.Send(new ListSupervisorsQuery(id, page ?? 1, pageSize ?? Application.Common.Models.Paging.DefaultPageSize), ct));
        employers.MapPost("/{id:int}/supervisors", async (int id, AddSupervisorCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/supervisors", await sender.Send(command with { EmployerId = id }, ct), s => s.Id));

        var supervisors = app.MapGroup("/api/supervisors").WithTags("Employers").RequireAuthorization();
        supervisors.MapPut("/{id:int}", (int id, UpdateSupervisorCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { SupervisorId = id }, ct));
        return app;
    }
}
