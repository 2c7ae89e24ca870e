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
    public static async Task<MatchRoundDto> ReadRoundAsync(this IAppDbContext db, int roundId, CancellationToken cancellationToken) =>
        (await db.ReadRoundsAsync([roundId], cancellationToken)).SingleOrDefault() ?? throw NotFoundException.For("Match round", roundId);

    /// <summary>Saves the unit of work's changes, then reads the round as the API shows it.</summary>
    public static async Task<MatchRoundDto> SaveAndReadRoundAsync(this IAppDbContext db, int roundId, CancellationToken cancellationToken)
    {
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadRoundAsync(roundId, cancellationToken);
    }

    /// <summary>Rounds with their counts, in the order of <paramref name="roundIds"/>, in three queries whatever their number.</summary>
    public static async Task<IReadOnlyList<MatchRoundDto>> ReadRoundsAsync(this IAppDbContext db, IReadOnlyCollection<int> roundIds,
        CancellationToken cancellationToken)
    {
        var rounds = await db.MatchRounds.AsNoTracking().Include(r => r.Postings).Where(r => roundIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var participants = await db.MatchParticipants.Where(p => roundIds.Contains(p.RoundId)).GroupBy(p => p.RoundId)
            .Select(g => new { RoundId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.RoundId, g => g.Count, cancellationToken);
        var withChoices = await db.MatchChoices.Where(c => roundIds.Contains(c.RoundId) && c.Rank == 1).GroupBy(c => c.RoundId)
            .Select(g => new { RoundId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.RoundId, g => g.Count, cancellationToken);
        return roundIds.Where(rounds.ContainsKey).Select(id => rounds[id]).Select(round => new MatchRoundDto(round.Id, round.Name, round.Term,
                round.Status, round.MaxChoices, round.PreferenceDeadline, round.AllowOtherPathways, round.ScrambleOfRoundId, round.Postings.Count,
                round.Postings.Sum(p => p.Capacity), participants.GetValueOrDefault(round.Id), withChoices.GetValueOrDefault(round.Id), round.RunCount,
                round.PublishedRunNumber, round.CreatedAt, round.LockedAt, round.PublishedAt))
            .ToList();
    }

    public static async Task<MatchRound> FindRoundAsync(this IAppDbContext db, int roundId, CancellationToken cancellationToken) =>
        await db.MatchRounds.Include(r => r.Postings).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken)
        ?? throw NotFoundException.For("Match round", roundId);

    public static async Task<MatchRun> FindRunAsync(this IAppDbContext db, int roundId, int number, CancellationToken cancellationToken) =>
        await db.MatchRuns.AsNoTracking().FirstOrDefaultAsync(r => r.RoundId == roundId && r.Number == number, cancellationToken)
        ?? throw NotFoundException.For($"Run of match round {roundId}", number);
}
