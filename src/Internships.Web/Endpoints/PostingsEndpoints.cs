using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Mediator;

namespace Internships.Web.Endpoints;

public static class PostingsEndpoints
{
    public static IEndpointRouteBuilder MapPostingsEndpoints(this IEndpointRouteBuilder app)
    {
        var postings = app.MapGroup("/api/postings").WithTags("Postings").RequireAuthorization();
        postings.MapGet("/", ([AsParameters] SearchPostingsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithSummary("Search postings: by default those taking applications today.");
        postings.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetPostingQuery(id), ct));
        postings.MapPost("/", async (CreatePostingCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/postings", await sender.Send(command, ct), p => p.Id));
        postings.MapPut("/{id:int}", (int id, EditPostingCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { PostingId = id }, ct));

        postings.MapPost("/{id:int}/submit", (int id, ISender sender, CancellationToken ct) => sender.Send(new SubmitPostingCommand(id), ct));
        postings.MapPost("/{id:int}/approve", (int id, ISender sender, CancellationToken ct) => sender.Send(new ApprovePostingCommand(id), ct));
        postings.MapPost("/{id:int}/return", (int id, ReturnPostingCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { PostingId = id }, ct));
        postings.MapPost("/{id:int}/close", (int id, ISender sender, CancellationToken ct) => sender.Send(new ClosePostingCommand(id), ct));

        postings.MapPost("/{id:int}/applications", async (int id, SubmitApplicationCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/applications", await sender.Send(command with { PostingId = id }, ct), a => a.Id))
            .WithTags("Applications");
        postings.MapGet("/{postingId:int}/applications", ([AsParameters] ListPostingApplicationsQuery query, ISender sender, CancellationToken ct) =>
                sender.Send(query, ct))
            .WithTags("Applications");
        return app;
    }
}
