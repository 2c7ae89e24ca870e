using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;

namespace Internships.Web.Endpoints;

public static class PostingsEndpoints
{
    public static IEndpointRouteBuilder MapPostingsEndpoints(this IEndpointRouteBuilder app)
    {
        var postings = app.MapApiGroup("/api/postings", "Postings");
        postings.MapGet("/", ([AsParameters] SearchPostingsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("SearchPostings").WithSummary("Search postings: by default those taking applications today.").ProducesProblems(400, 403);
        postings.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetPostingQuery(id), ct))
            .WithName("GetPosting").WithSummary("A posting: any published one; drafts only to their employer and coordinators.").ProducesProblems(404)
            .WithETag();
        postings.MapPost("/", async (CreatePostingCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/postings", await sender.Send(command, ct), p => p.Id))
            .WithName("CreatePosting").WithSummary("Draft a posting (employer admins for their organisation, coordinators for any).")
            .ProducesProblems(400, 403, 409);
        postings.MapPut("/{id:int}", (int id, EditPostingCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PostingId = id }, ct))
            .WithName("EditPosting").WithSummary("Rewrite a draft posting.").ProducesProblems(400, 403, 404, 409)
            .RequiresIfMatch();

        postings.MapPost("/{id:int}/submit", (int id, ISender sender, CancellationToken ct) => sender.Send(new SubmitPostingCommand(id), ct))
            .WithName("SubmitPosting").WithSummary("Send a draft posting to the district for approval.").ProducesProblems(403, 404, 409);
        postings.MapPost("/{id:int}/approve", (int id, ISender sender, CancellationToken ct) => sender.Send(new ApprovePostingCommand(id), ct))
            .WithName("ApprovePosting").WithSummary("Open a submitted posting to students (coordinators).").ProducesProblems(403, 404, 409);
        postings.MapPost("/{id:int}/return", (int id, ReturnPostingCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { PostingId = id }, ct))
            .WithName("ReturnPosting").WithSummary("Send a submitted posting back to its employer as a draft, saying what to change (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        postings.MapPost("/{id:int}/close", (int id, ISender sender, CancellationToken ct) => sender.Send(new ClosePostingCommand(id), ct))
            .WithName("ClosePosting").WithSummary("Stop a posting taking applicants; its undecided applications close with it.")
            .ProducesProblems(403, 404, 409);

        postings.MapPost("/{id:int}/applications", async (int id, SubmitApplicationCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/applications", await sender.Send(command with { PostingId = id }, ct), a => a.Id))
            .WithTags("Applications")
            .WithName("SubmitApplication").WithSummary("Apply to an open posting the student is eligible for, once (students).")
            .ProducesProblems(400, 403, 404, 409);
        postings.MapGet("/{postingId:int}/applications", ([AsParameters] ListPostingApplicationsQuery query, ISender sender, CancellationToken ct) =>
                sender.Send(query, ct))
            .WithTags("Applications")
            .WithName("ListPostingApplications").WithSummary("The applications to a posting, oldest first (its employer admins and coordinators).")
            .ProducesProblems(400, 403, 404);
        return app;
    }
}
