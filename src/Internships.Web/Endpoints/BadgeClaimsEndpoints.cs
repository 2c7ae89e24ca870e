using Internships.Application.Common.Files;
using Internships.Application.Features.BadgeClaims;

namespace Internships.Web.Endpoints;

public static class BadgeClaimsEndpoints
{
    public static IEndpointRouteBuilder MapBadgeClaimsEndpoints(this IEndpointRouteBuilder app)
    {
        var claims = app.MapApiGroup("/api/badge-claims", "Badge claims");
        claims.MapGet("/mine", ([AsParameters] ListMyBadgeClaimsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMyBadgeClaims").WithSummary("The signed-in student's claims, newest first (students).").ProducesProblems(400, 403);
        claims.MapPost("/", async (SubmitBadgeClaimCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/badge-claims", await sender.Send(command, ct), c => c.Id))
            .WithName("SubmitBadgeClaim").WithSummary("Claim a badge that allows claims, with what you did and links (students).")
            .ProducesProblems(400, 403, 409);
        claims.MapPut("/{id:int}", (int id, UpdateBadgeClaimCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { ClaimId = id }, ct))
            .WithName("UpdateBadgeClaim").WithSummary("Change an open claim's evidence; one sent back for more goes to review again (its student).")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        claims.MapPut("/{id:int}/file", async (int id, HttpRequest request, ISender sender, CancellationToken ct) =>
                await sender.Send(new AttachBadgeClaimFileCommand(id, await Body.ReadUploadAsync(request, "application/pdf", "evidence.pdf",
                    UploadRules.MaxDocumentBytes, ct)), ct))
            .Accepts<byte[]>("application/pdf")
            .WithName("AttachBadgeClaimFile").WithSummary("Attach the evidence file (a PDF) to an open claim, replacing the one it had (its student).")
            .ProducesProblems(400, 403, 404, 409, 415);
        claims.MapGet("/{id:int}/file", async (int id, ISender sender, CancellationToken ct) =>
                Body.Download(await sender.Send(new DownloadBadgeClaimFileQuery(id), ct)))
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf")
            .WithName("DownloadBadgeClaimFile").WithSummary("A claim's evidence file (its student and reviewers).").ProducesProblems(403, 404);

        claims.MapGet("/", ([AsParameters] ListBadgeClaimsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListBadgeClaims")
            .WithSummary("The review queue, oldest first: status=Submitted for the claims waiting; an employer admin sees those on badges it endorses.")
            .ProducesProblems(400, 403);
        claims.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetBadgeClaimQuery(id), ct))
            .WithName("GetBadgeClaim").WithSummary("One claim (its student and reviewers).").ProducesProblems(403, 404)
            .WithETag();
        claims.MapPost("/{id:int}/approve", (int id, ISender sender, CancellationToken ct) => sender.Send(new ApproveBadgeClaimCommand(id), ct))
            .WithName("ApproveBadgeClaim").WithSummary("Approve a claim: the badge is awarded with the claim as evidence (coordinators, the endorsing employer's admins).")
            .ProducesProblems(403, 404, 409)
            .HonoursIfMatch();
        claims.MapPost("/{id:int}/ask-for-more", (int id, AskForMoreOnBadgeClaimCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { ClaimId = id }, ct))
            .WithName("AskForMoreOnBadgeClaim").WithSummary("Send a claim back to its student, saying what more to send (reviewers).")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        claims.MapPost("/{id:int}/decline", (int id, DeclineBadgeClaimCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { ClaimId = id }, ct))
            .WithName("DeclineBadgeClaim").WithSummary("Decline a claim with the reason its student sees (reviewers).")
            .ProducesProblems(400, 403, 404, 409)
            .HonoursIfMatch();
        return app;
    }
}
