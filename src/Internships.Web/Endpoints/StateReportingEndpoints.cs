using Internships.Application.Common.Exports;
using Internships.Application.Features.Applications;
using Internships.Application.Features.Audit;
using Internships.Application.Features.Badges;
using Internships.Application.Features.Contacts;
using Internships.Application.Features.Dashboard;
using Internships.Application.Features.Placements;
using Internships.Application.Features.StateReporting;
using Internships.Application.Features.Students;
using Internships.Application.Features.Terms;

namespace Internships.Web.Endpoints;

/// <summary>
/// Terms, the contact log (site visits), the dashboard, exports, state reporting (CALPADS) and the audit trail: what a
/// coordinator runs a term with, and what the district reports and keeps.
/// </summary>
public static class StateReportingEndpoints
{
    public static IEndpointRouteBuilder MapStateReportingEndpoints(this IEndpointRouteBuilder app)
    {
        var terms = app.MapApiGroup("/api/terms", "Terms");
        terms.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new ListTermsQuery(), ct))
            .WithName("ListTerms").WithSummary("The district's terms, the latest first.");
        terms.MapPost("/", async (CreateTermCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/terms", await sender.Send(command, ct), t => t.Id))
            .WithName("CreateTerm").WithSummary("Add a term of the school year (coordinators).").ProducesProblems(400, 403, 409);
        terms.MapPut("/{id:int}", (int id, UpdateTermCommand command, ISender sender, CancellationToken ct) => sender.Send(command with { TermId = id }, ct))
            .WithName("UpdateTerm").WithSummary("Rename a term or change its dates (coordinators).").ProducesProblems(400, 403, 404, 409);
        terms.MapDelete("/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DeleteTermCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTerm").WithSummary("Remove a term entered by mistake (coordinators).").ProducesProblems(403, 404);

        var contacts = app.MapApiGroup("/api/contacts", "Site visits and contacts");
        contacts.MapPost("/", async (RecordContactCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/contacts", await sender.Send(command, ct), c => c.Id))
            .WithName("RecordContact").WithSummary("Record a site visit or a contact with a student, supervisor or guardian (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        contacts.MapGet("/", ([AsParameters] ListContactsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListContacts").WithSummary("The contact log, newest first (coordinators).").ProducesProblems(400, 403, 404);
        contacts.MapGet("/follow-ups", ([AsParameters] ListFollowUpsDueQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListFollowUpsDue").WithSummary("Follow-ups still to do, due within some days or overdue (coordinators).").ProducesProblems(400, 403);
        contacts.MapPost("/{id:int}/follow-up/done", (int id, ISender sender, CancellationToken ct) => sender.Send(new CompleteFollowUpCommand(id), ct))
            .WithName("CompleteFollowUp").WithSummary("Mark a contact's follow-up done today (coordinators).").ProducesProblems(403, 404, 409);
        contacts.MapGet("/export", ([AsParameters] ListContactsQuery filter, ExportFormat? format, ISender sender, CancellationToken ct) =>
                File(sender.Send(new ExportContactsQuery(filter, format ?? ExportFormat.Csv), ct)))
            .WithTags("Exports").WithName("ExportContacts").WithSummary("The contact log as CSV or XLSX, filtered as the list (coordinators).")
            .ProducesProblems(400, 403, 404);

        app.MapApiGroup("/api/students", "Exports")
            .MapGet("/export", ([AsParameters] ListStudentsQuery filter, ExportFormat? format, ISender sender, CancellationToken ct) =>
                File(sender.Send(new ExportStudentsQuery(filter, format ?? ExportFormat.Csv), ct)))
            .WithName("ExportStudents").WithSummary("The students list as CSV or XLSX, filtered as the list (coordinators).").ProducesProblems(400, 403, 404);
        app.MapApiGroup("/api/placements", "Exports")
            .MapGet("/export", ([AsParameters] ListPlacementsQuery filter, ExportFormat? format, ISender sender, CancellationToken ct) =>
                File(sender.Send(new ExportPlacementsQuery(filter, format ?? ExportFormat.Csv), ct)))
            .WithName("ExportPlacements").WithSummary("Placements with hours and wages as CSV or XLSX, filtered as the list (coordinators; employers their own).")
            .ProducesProblems(400, 403, 404);
        app.MapApiGroup("/api/awards", "Exports")
            .MapGet("/export", ([AsParameters] ListAwardsQuery filter, ExportFormat? format, ISender sender, CancellationToken ct) =>
                File(sender.Send(new ExportAwardsQuery(filter, format ?? ExportFormat.Csv), ct)))
            .WithName("ExportAwards").WithSummary("The badges awarded as CSV or XLSX, filtered as the list (coordinators).").ProducesProblems(400, 403);
        app.MapApiGroup("/api/applications", "Exports")
            .MapGet("/export", (ExportFormat? format, int? postingId, Internships.Domain.Applications.ApplicationStatus? status, int? employerId,
                    int? schoolId, int? termId, ISender sender, CancellationToken ct) =>
                File(sender.Send(new ExportApplicationsQuery(format ?? ExportFormat.Csv, postingId, status, employerId, schoolId, termId), ct)))
            .WithName("ExportApplications").WithSummary("Applications as CSV or XLSX: a posting's, or by employer, school and term (coordinators).")
            .ProducesProblems(400, 403, 404);

        var dashboard = app.MapApiGroup("/api/dashboard", "Dashboard");
        dashboard.MapGet("/", ([AsParameters] GetDashboardQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("GetDashboard").WithSummary("The programme's numbers for a term and school, with the breakdowns funders ask for (coordinators).")
            .ProducesProblems(400, 403, 404);
        dashboard.MapGet("/actions", ([AsParameters] GetCoordinatorActionsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("GetCoordinatorActions")
            .WithSummary("What waits for the coordinators, each count equal to the rows of the list it links to (coordinators).")
            .ProducesProblems(400, 403, 404);

        var calpads = app.MapApiGroup("/api/state-reporting", "State reporting");
        calpads.MapGet("/calpads/wblr", ([AsParameters] GetWblrExtractQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("GetWblrExtract").WithSummary("The CALPADS Work-Based Learning records of an academic year, and the placements in error (coordinators).")
            .ProducesProblems(400, 403);
        calpads.MapGet("/calpads/wblr/file", ([AsParameters] DownloadWblrFileQuery query, ISender sender, CancellationToken ct) =>
                File(sender.Send(query, ct)))
            .Produces<byte[]>(StatusCodes.Status200OK, "text/plain")
            .WithName("DownloadWblrFile").WithSummary("The WBLR file to upload to CALPADS (caret-delimited); 409 while placements are in error.")
            .ProducesProblems(400, 403, 409);
        calpads.MapPut("/students/{id:int}/ssid", (int id, SetStudentSsidCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { StudentId = id }, ct))
            .WithName("SetStudentSsid").WithSummary("Record a student's statewide student id (coordinators).").ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        calpads.MapPut("/schools/{id:int}/cds-code", (int id, SetSchoolCdsCodeCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { SchoolId = id }, ct))
            .WithName("SetSchoolCdsCode").WithSummary("Record a school's County-District-School code (coordinators).").ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        calpads.MapGet("/pathways/{id:int}/courses", (int id, ISender sender, CancellationToken ct) => sender.Send(new ListPathwayStateCoursesQuery(id), ct))
            .WithName("ListPathwayStateCourses").WithSummary("A pathway's courses with their state course codes (coordinators).").ProducesProblems(403, 404);
        calpads.MapPut("/pathways/{id:int}/courses", (int id, SetPathwayStateCoursesCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PathwayId = id }, ct))
            .WithName("SetPathwayStateCourses").WithSummary("Set the state course codes of a pathway's courses (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        calpads.MapPut("/placements/{id:int}", (int id, SetPlacementStateReportingCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PlacementId = id }, ct))
            .WithName("SetPlacementStateReporting").WithSummary("Say how a placement is reported where it differs from the defaults (coordinators).")
            .ProducesProblems(400, 403, 404, 409);

        var audit = app.MapApiGroup("/api/audit", "Audit trail");
        audit.MapGet("/", ([AsParameters] SearchAuditTrailQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("SearchAuditTrail").WithSummary("Search the audit trail, newest first (administrators).").ProducesProblems(400, 403);
        audit.MapGet("/{entityType}/{entityId}", ([AsParameters] GetRecordHistoryQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("GetRecordHistory").WithSummary("A record's history: its changes and, for a student, who viewed it (coordinators, administrators).")
            .ProducesProblems(400, 403, 404);
        return app;
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult> File(ValueTask<ExportFile> export)
    {
        var file = await export;
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
