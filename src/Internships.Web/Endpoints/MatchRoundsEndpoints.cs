using System.Text;
using Internships.Application.Features.MatchRounds;

namespace Internships.Web.Endpoints;

public static class MatchRoundsEndpoints
{
    public static IEndpointRouteBuilder MapMatchRoundsEndpoints(this IEndpointRouteBuilder app)
    {
        var rounds = app.MapApiGroup("/api/match-rounds", "Matching rounds");
        rounds.MapGet("/", ([AsParameters] ListMatchRoundsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMatchRounds").WithSummary("The matching rounds the caller takes part in (all of them for coordinators), newest first.")
            .ProducesProblems(400, 403);
        rounds.MapPost("/", async (CreateMatchRoundCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/match-rounds", await sender.Send(command, ct), r => r.Id))
            .WithName("CreateMatchRound").WithSummary("Open a matching round for a term: its postings and the students who may rank them (coordinators).")
            .ProducesProblems(400, 403, 409);
        rounds.MapGet("/{roundId:int}", (int roundId, ISender sender, CancellationToken ct) => sender.Send(new GetMatchRoundQuery(roundId), ct))
            .WithName("GetMatchRound").WithSummary("One matching round.").ProducesProblems(403, 404);
        rounds.MapGet("/{roundId:int}/postings", ([AsParameters] ListRoundPostingsQuery query, ISender sender, CancellationToken ct) =>
                sender.Send(query, ct))
            .WithName("ListRoundPostings").WithSummary("The postings in a round with the places each fills; students see whether they may rank each.")
            .ProducesProblems(400, 403, 404);
        rounds.MapPut("/{roundId:int}/postings/{postingId:int}/capacity", (int roundId, int postingId, ChangeRoundCapacityCommand command,
                ISender sender, CancellationToken ct) => sender.Send(command with { RoundId = roundId, PostingId = postingId }, ct))
            .WithName("ChangeRoundCapacity").WithSummary("Change how many places a posting fills in the round, until it is published (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        rounds.MapGet("/{roundId:int}/postings/{postingId:int}/candidates", ([AsParameters] ListMatchCandidatesQuery query, ISender sender,
                CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMatchCandidates").WithSummary("The students who chose a posting in the round (its employer admins and coordinators).")
            .ProducesProblems(400, 403, 404);
        rounds.MapPut("/{roundId:int}/postings/{postingId:int}/ranking", (int roundId, int postingId, RankMatchCandidatesCommand command,
                ISender sender, CancellationToken ct) => sender.Send(command with { RoundId = roundId, PostingId = postingId }, ct))
            .WithName("RankMatchCandidates").WithSummary("Rank the students who chose the posting, or mark them unacceptable (its employer admins).")
            .ProducesProblems(400, 403, 404, 409);

        rounds.MapGet("/{roundId:int}/my-choices", (int roundId, ISender sender, CancellationToken ct) =>
                sender.Send(new GetMyMatchChoicesQuery(roundId), ct))
            .WithName("GetMyMatchChoices").WithSummary("The signed-in student's ranked postings in the round, first choice first.")
            .ProducesProblems(403, 404);
        rounds.MapPut("/{roundId:int}/my-choices", (int roundId, RankMyMatchChoicesCommand command, ISender sender, CancellationToken ct) =>
                sender.Send(command with { RoundId = roundId }, ct))
            .WithName("RankMyMatchChoices").WithSummary("Rank the postings the signed-in student may rank, replacing their earlier list, until the deadline.")
            .ProducesProblems(400, 403, 404, 409);
        rounds.MapPut("/{roundId:int}/students/{studentId:int}/choices", (int roundId, int studentId, SetStudentMatchChoicesCommand command,
                ISender sender, CancellationToken ct) => sender.Send(command with { RoundId = roundId, StudentId = studentId }, ct))
            .WithName("SetStudentMatchChoices").WithSummary("Enter or correct a student's ranking until the round is published (coordinators).")
            .ProducesProblems(400, 403, 404, 409);

        rounds.MapPost("/{roundId:int}/lock", (int roundId, ISender sender, CancellationToken ct) => sender.Send(new LockMatchRoundCommand(roundId), ct))
            .WithName("LockMatchRound").WithSummary("Freeze the round's preferences so the match can run (coordinators).").ProducesProblems(403, 404, 409);
        rounds.MapPost("/{roundId:int}/runs", async (int roundId, RunMatchRoundCommand? command, ISender sender, CancellationToken ct) =>
            {
                var run = await sender.Send((command ?? new RunMatchRoundCommand()) with { RoundId = roundId }, ct);
                return TypedResults.Created($"/api/match-rounds/{roundId}/runs/{run.Number}", run);
            })
            .WithName("RunMatchRound").WithSummary("Run the match on the locked round's preferences, optionally with a given lottery seed (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        rounds.MapGet("/{roundId:int}/runs", (int roundId, ISender sender, CancellationToken ct) => sender.Send(new ListMatchRunsQuery(roundId), ct))
            .WithName("ListMatchRuns").WithSummary("A round's runs, newest first (coordinators).").ProducesProblems(403, 404);
        rounds.MapGet("/{roundId:int}/runs/{number:int}", (int roundId, int number, ISender sender, CancellationToken ct) =>
                sender.Send(new GetMatchRunQuery(roundId, number), ct))
            .WithName("GetMatchRun").WithSummary("A run to review before publishing: who got which choice, who is unmatched and why (coordinators).")
            .ProducesProblems(403, 404);
        rounds.MapGet("/{roundId:int}/runs/{number:int}/outcomes", ([AsParameters] ListMatchOutcomesQuery query, ISender sender,
                CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListMatchOutcomes").WithSummary("Each participant's outcome in a run, optionally only the matched or unmatched ones (coordinators).")
            .ProducesProblems(400, 403, 404);
        rounds.MapGet("/{roundId:int}/runs/{number:int}/results.csv", async (int roundId, int number, ISender sender, CancellationToken ct) =>
                TypedResults.File(Encoding.UTF8.GetBytes(await sender.Send(new ExportMatchRunQuery(roundId, number), ct)), "text/csv; charset=utf-8",
                    $"match-round-{roundId}-run-{number}.csv"))
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithName("ExportMatchRun").WithSummary("A run's outcomes as CSV, one row per participant (coordinators).").ProducesProblems(403, 404);
        rounds.MapPost("/{roundId:int}/publish", (int roundId, PublishMatchRoundCommand? command, ISender sender, CancellationToken ct) =>
                sender.Send((command ?? new PublishMatchRoundCommand()) with { RoundId = roundId }, ct))
            .WithName("PublishMatchRound").WithSummary("Make a reviewed run final: each assignment becomes an offer (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        rounds.MapPost("/{roundId:int}/scramble", async (int roundId, CreateScrambleRoundCommand command, ISender sender, CancellationToken ct) =>
                Created.At("/api/match-rounds", await sender.Send(command with { RoundId = roundId }, ct), r => r.Id))
            .WithName("CreateScrambleRound").WithSummary("Open a scramble round for a published round's unmatched students and unfilled places.")
            .ProducesProblems(400, 403, 404, 409);
        return app;
    }
}
