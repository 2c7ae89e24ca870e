using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.MatchRounds;

public sealed record MatchRoundDto(
    int Id,
    string Name,
    string Term,
    MatchRoundStatus Status,
    int MaxChoices,
    DateOnly PreferenceDeadline,
    bool AllowOtherPathways,
    int? ScrambleOfRoundId,
    int Postings,
    int Places,
    int Participants,
    int StudentsWithChoices,
    int RunCount,
    int? PublishedRunNumber,
    DateTime CreatedAt,
    DateTime? LockedAt,
    DateTime? PublishedAt);

public sealed record MatchRunDto(
    int Number,
    long Seed,
    DateTime RanAt,
    string? RanBy,
    int Students,
    int StudentsWithChoices,
    int Postings,
    int Places,
    int Choices,
    long Proposals,
    int Matched,
    int Unmatched,
    IReadOnlyList<int> PlacedAtChoice,
    long ElapsedMilliseconds,
    bool Published)
{
    internal static MatchRunDto From(MatchRun run, int? publishedRunNumber) => new(
        run.Number, run.Seed, run.RanAt, run.RanBy, run.Students, run.StudentsWithChoices, run.Postings, run.Places, run.Choices,
        run.Proposals, run.Matched, run.Unmatched, run.PlacedAtChoiceCounts, run.ElapsedMilliseconds, run.Number == publishedRunNumber);
}

internal static class MatchRoundReader
{
    public static async Task<MatchRoundDto> ReadRoundAsync(this IAppDbContext db, int roundId, CancellationToken cancellationToken)
    {
        var round = await db.MatchRounds.AsNoTracking().Include(r => r.Postings).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken)
            ?? throw NotFoundException.For("Match round", roundId);
        var participants = await db.MatchParticipants.CountAsync(p => p.RoundId == roundId, cancellationToken);
        var withChoices = await db.MatchChoices.Where(c => c.RoundId == roundId).Select(c => c.StudentId).Distinct().CountAsync(cancellationToken);
        return new MatchRoundDto(round.Id, round.Name, round.Term, round.Status, round.MaxChoices, round.PreferenceDeadline,
            round.AllowOtherPathways, round.ScrambleOfRoundId, round.Postings.Count, round.Postings.Sum(p => p.Capacity), participants,
            withChoices, round.RunCount, round.PublishedRunNumber, round.CreatedAt, round.LockedAt, round.PublishedAt);
    }

    public static async Task<MatchRound> FindRoundAsync(this IAppDbContext db, int roundId, CancellationToken cancellationToken) =>
        await db.MatchRounds.Include(r => r.Postings).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken)
        ?? throw NotFoundException.For("Match round", roundId);

    public static async Task<MatchRun> FindRunAsync(this IAppDbContext db, int roundId, int number, CancellationToken cancellationToken) =>
        await db.MatchRuns.AsNoTracking().FirstOrDefaultAsync(r => r.RoundId == roundId && r.Number == number, cancellationToken)
        ?? throw NotFoundException.For($"Run of match round {roundId}", number);
}
