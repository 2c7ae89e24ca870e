using System.Text;
using Internships.Application.Features.MatchRounds;
using Mediator;

namespace Internships.Web.Endpoints;

public static class MatchRoundsEndpoints
{
    public static IEndpointRouteBuilder MapMatchRoundsEndpoints(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapGroup("/api/match-rounds").WithTags("Matching rounds").RequireAuthorization();
        rounds.MapGet("/", ([AsParameters] ListMatchRoundsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        rounds.MapPost("/", async (CreateMatchRoundCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/match-rounds", await sender.Send(command, ct), r => r.Id));
        rounds.MapGet("/{roundId:int}", (int roundId, ISender sender, CancellationToken ct) => sender.Send(new GetMatchRoundQuery(roundId), ct));
        rounds.MapGet("/{roundId:int}/postings", ([AsParameters] ListRoundPostingsQuery query, ISender sender, CancellationToken ct) =>
            sender.Send(query, ct));
        rounds.MapPut("/{roundId:int}/postings/{postingId:int}/capacity", (int roundId, int postingId, ChangeRoundCapacityCommand command,
            ISender sender, CancellationToken ct) => sender.Send(command with { RoundId = roundId, PostingId = postingId }, ct));
        rounds.MapGet("/{roundId:int}/postings/{postingId:int}/candidates", ([AsParameters] ListMatchCandidatesQuery query, ISender sender,
            CancellationToken ct) => sender.Send(query, ct));
        rounds.MapPut("/{roundId:int}/postings/{postingId:int}/ranking", (int roundId, int postingId, RankMatchCandidatesCommand command,
            ISender sender, CancellationToken ct) => sender.Send(command with { RoundId = roundId, PostingId = postingId }, ct));

        rounds.MapGet("/{roundId:int}/my-choices", (int roundId, ISender sender, CancellationToken ct) =>
            sender.Send(new GetMyMatchChoicesQuery(roundId), ct));
        rounds.MapPut("/{roundId:int}/my-choices", (int roundId, RankMyMatchChoicesCommand command, ISender sender, CancellationToken ct) =>
            sender.Send(command with { RoundId = roundId }, ct));
        rounds.MapPut("/{roundId:int}/students/{studentId:int}/choices", (int roundId, int studentId, SetStudentMatchChoicesCommand command,
            ISender sender, CancellationToken ct) => sender.Send(command with { RoundId = roundId, StudentId = studentId }, ct));

        rounds.MapPost("/{roundId:int}/lock", (int roundId, ISender sender, CancellationToken ct) => sender.Send(new LockMatchRoundCommand(roundId), ct));
        rounds.MapPost("/{roundId:int}/runs", async (int roundId, RunMatchRoundCommand? command, ISender sender, CancellationToken ct) =>
        {
            var run = await sender.Send((command ?? new RunMatchRoundCommand()) with { RoundId = roundId }, ct);
            return TypedResults.Created($"/api/match-rounds/{roundId}/runs/{run.Number}", run);
        });
        rounds.MapGet("/{roundId:int}/runs", (int roundId, ISender sender, CancellationToken ct) => sender.Send(new ListMatchRunsQuery(roundId), ct));
        rounds.MapGet("/{roundId:int}/runs/{number:int}", (int roundId, int number, ISender sender, CancellationToken ct) =>
            sender.Send(new GetMatchRunQuery(roundId, number), ct));
        rounds.MapGet("/{roundId:int}/runs/{number:int}/outcomes", ([AsParameters] ListMatchOutcomesQuery query, ISender sender,
            CancellationToken ct) => sender.Send(query, ct));
        rounds.MapGet("/{roundId:int}/runs/{number:int}/results.csv", async (int roundId, int number, ISender sender, CancellationToken ct) =>
            TypedResults.File(Encoding.UTF8.GetBytes(await sender.Send(new ExportMatchRunQuery(roundId, number), ct)), "text/csv; charset=utf-8",
                $"match-round-{roundId}-run-{number}.csv"));
        rounds.MapPost("/{roundId:int}/publish", (int roundId, PublishMatchRoundCommand? command, ISender sender, CancellationToken ct) =>
            sender.Send((command ?? new PublishMatchRoundCommand()) with { RoundId = roundId }, ct));
        rounds.MapPost("/{roundId:int}/scramble", async (int roundId, CreateScrambleRoundCommand command, ISender sender, CancellationToken ct) =>
            Created.At("/api/match-rounds", await sender.Send(command with { RoundId = roundId }, ct), r => r.Id));
        return app;
    }
}
