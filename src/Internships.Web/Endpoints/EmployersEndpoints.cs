using Internships.Application.Common.Files;
using Internships.Application.Features.Employers;

namespace Internships.Web.Endpoints;

public static class EmployersEndpoints
{
    public static IEndpointRouteBuilder MapEmployersEndpoints(this IEndpointRouteBuilder app)
    {
        var employers = app.MapApiGroup("/api/employers", "Employers");
        employers.MapGet("/", ([AsParameters] ListEmployersQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListEmployers").WithSummary("Search the employers (coordinators).").ProducesProblems(400, 403);
        employers.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetEmployerQuery(id), ct))
            .WithName("GetEmployer").WithSummary("An employer's profile: for coordinators and the employer's own staff.").ProducesProblems(403, 404)
            .WithETag();
        employers.MapGet("/{id:int}/posting-counts", (int id, ISender sender, CancellationToken ct) =>
                sender.Send(new Internships.Application.Features.Postings.GetEmployerPostingCountsQuery(id), ct))
            .WithName("GetEmployerPostingCounts")
            .WithSummary("An employer's postings by status, and each posting's applicants by status (the employer's admins, coordinators).")
            .ProducesProblems(403, 404);
        employers.MapPost("/", async (CreateEmployerCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/employers", await sender.Send(command, ct), e => e.Id))
            .WithName("CreateEmployer").WithSummary("Add an employer (coordinators).").ProducesProblems(400, 403, 409);
        employers.MapPut("/{id:int}", (int id, UpdateEmployerCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EmployerId = id }, ct))
            .WithName("UpdateEmployer").WithSummary("Update an employer's profile; only coordinators record the partner agreement.")
            .ProducesProblems(400, 403, 404, 409)
            .RequiresIfMatch();
        employers.MapPost("/{id:int}/deactivate", (int id, ISender sender, CancellationToken ct) => sender.Send(new SetEmployerActiveCommand(id, IsActive: false), ct))
            .WithName("DeactivateEmployer").WithSummary("The employer leaves the programme: its staff's accounts are disabled and their sessions end (coordinators).")
            .ProducesProblems(403, 404, 409);
        employers.MapPost("/{id:int}/reactivate", (int id, ISender sender, CancellationToken ct) => sender.Send(new SetEmployerActiveCommand(id, IsActive: true), ct))
            .WithName("ReactivateEmployer").WithSummary("The employer is back: the staff accounts disabled with it are enabled again (coordinators).")
            .ProducesProblems(403, 404, 409);

        employers.MapPut("/{id:int}/partner-agreement", (int id, RecordPartnerAgreementCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EmployerId = id }, ct))
            .WithName("RecordPartnerAgreement").WithSummary("Record the partner agreement's signing and expiry dates (coordinators).")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        employers.MapPut("/{id:int}/partner-agreement/document", async (int id, HttpRequest request, ISender sender, CancellationToken ct) =>
                await sender.Send(new UploadPartnerAgreementDocumentCommand(id, await Body.ReadUploadAsync(request, "application/pdf", "partner-agreement.pdf",
                    UploadRules.MaxDocumentBytes, ct)), ct))
            .Accepts<byte[]>("application/pdf")
            .WithName("UploadPartnerAgreementDocument").WithSummary("Upload the signed partner agreement as a PDF, or replace it (coordinators).")
            .ProducesProblems(400, 403, 404, 409, 415);
        employers.MapGet("/{id:int}/partner-agreement/document", async (int id, ISender sender, CancellationToken ct) =>
                Body.Download(await sender.Send(new DownloadPartnerAgreementQuery(id), ct)))
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf")
            .WithName("DownloadPartnerAgreement").WithSummary("The signed partner agreement (coordinators and the employer's admins).")
            .ProducesProblems(403, 404);
        employers.MapPut("/{id:int}/worksite", (int id, RecordWorksiteCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { EmployerId = id }, ct))
            .WithName("RecordWorksite").WithSummary("Record the employer's insurance and the worksite-safety checklist (coordinators).")
            .ProducesProblems(400, 403, 404)
            .HonoursIfMatch();

        employers.MapGet("/{id:int}/supervisors", (int id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                sender.Send(new ListSupervisorsQuery(id, page ?? 1, pageSize ?? Application.Common.Models.Paging.DefaultPageSize), ct))
            .WithName("ListSupervisors").WithSummary("An employer's supervisors.").ProducesProblems(400, 403, 404);
        employers.MapPost("/{id:int}/supervisors", async (int id, AddSupervisorCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/supervisors", await sender.Send(command with { EmployerId = id }, ct), s => s.Id))
            .WithName("AddSupervisor").WithSummary("Add a supervisor to an employer (coordinators and its admins).").ProducesProblems(400, 403, 404, 409);

        var supervisors = app.MapApiGroup("/api/supervisors", "Employers");
        supervisors.MapPut("/{id:int}", (int id, UpdateSupervisorCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { SupervisorId = id }, ct))
            .WithName("UpdateSupervisor").WithSummary("Update a supervisor's details or mark them inactive (coordinators and the employer's admins).")
            .ProducesProblems(400, 403, 404, 409)
            .RequiresIfMatch();
        return app;
    }
}
