using Internships.Domain.Matching;

namespace Internships.Application.Features.MatchRounds;

/// <summary>Reading rounds, runs, choices, candidates and outcomes, for the matching-round use cases.</summary>
internal static class MatchRoundQueries
{
    /// <summary>How many days ahead a round's preference deadline counts as closing soon.</summary>
    public const int ClosingSoonDays = 7;

    /// <summary>Rounds still taking rankings whose preference deadline falls within <see cref="ClosingSoonDays"/> of <paramref name="today"/>.</summary>
    public static IQueryable<MatchRound> ClosingSoon(this IQueryable<MatchRound> rounds, DateOnly today)
    {
        var until = today.AddDays(ClosingSoonDays);
        return rounds.Where(r => r.Status == MatchRoundStatus.Open && r.PreferenceDeadline >= today && r.PreferenceDeadline <= until);
    }

    /// <summary>A round as the API shows it, or 404.</summary>
    public static async Task<MatchRoundDto> ReadRoundAsync(this IAppDbContext db, int roundId, CancellationToken cancellationToken) =>
        (await db.ReadRoundsAsync([roundId], cancellationToken)).SingleOrDefault() ?? throw NotFoundException.For("Match round", roundId);

    /// <summary>Saves what the use case changed, so the read sees it (the unit of work still commits), then reads the round as the API shows it.</summary>
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

    /// <summary>Loads a round to change, with its postings, or 404.</summary>
    public static async Task<MatchRound> FindRoundAsync(this IAppDbContext db, int roundId, CancellationToken cancellationToken) =>
        await db.MatchRounds.Include(r => r.Postings).FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken)
        ?? throw NotFoundException.For("Match round", roundId);

    /// <summary>A run of a round by its number, or 404.</summary>
    public static async Task<MatchRun> FindRunAsync(this IAppDbContext db, int roundId, int number, CancellationToken cancellationToken) =>
        await db.MatchRuns.AsNoTracking().FirstOrDefaultAsync(r => r.RoundId == roundId && r.Number == number, cancellationToken)
        ?? throw NotFoundException.For($"Run of match round {roundId}", number);

    /// <summary>The students who chose the posting in the round, the employer's ranked ones first, by rank.</summary>
    public static async Task<IQueryable<MatchCandidateDto>> CandidatesAsync(this IAppDbContext db, int roundId, int postingId, CancellationToken cancellationToken)
    {
        var startDate = await db.Postings.Where(p => p.Id == postingId).Select(p => p.StartDate).FirstAsync(cancellationToken);
        var adultsBornBy = startDate.AddYears(-Domain.Students.Student.AdultAge);
        var candidates =
            from c in db.MatchChoices
            where c.RoundId == roundId && c.PostingId == postingId
            join s in db.Students on c.StudentId equals s.Id
            join sc in db.Schools on s.SchoolId equals sc.Id
            let mine = db.MatchEmployerRanks.FirstOrDefault(r => r.RoundId == roundId && r.PostingId == postingId && r.StudentId == s.Id)
            orderby mine == null ? 1 : 0, mine!.Rank, s.LastName, s.FirstName, s.Id
            select new MatchCandidateDto(s.Id, s.FirstName + " " + s.LastName, s.Grade, sc.Name, s.DateOfBirth > adultsBornBy,
                mine == null ? null : mine.Rank, mine != null && mine.Unacceptable);
        return candidates;
    }

    /// <summary>A student's ranked choices in a round, first choice first.</summary>
    public static async Task<MatchChoicesDto> ReadChoicesAsync(this IAppDbContext db, int roundId, int studentId, CancellationToken cancellationToken)
    {
        var choices = await db.MatchChoices.Where(c => c.RoundId == roundId && c.StudentId == studentId).OrderBy(c => c.Rank)
            .Join(db.Postings, c => c.PostingId, p => p.Id, (c, p) => new RankedChoiceDto(c.Rank, p.Id, p.Title, p.Employer!.Name))
            .ToListAsync(cancellationToken);
        return new MatchChoicesDto(roundId, studentId, choices);
    }

    /// <summary>The applications of the students a run placed to the postings it placed them in (by the one-per-pair index).</summary>
    public static IQueryable<Domain.Applications.InternshipApplication> ApplicationsOfAssignments(this IAppDbContext db, int runId) =>
        from o in db.MatchOutcomes
        where o.RunId == runId && o.PostingId != null
        join a in db.Applications on new { o.StudentId, PostingId = o.PostingId!.Value } equals new { a.StudentId, a.PostingId }
        select a;

    /// <summary>Each participant's outcome in a run, by student name; only the matched or the unmatched ones when asked.</summary>
    public static IQueryable<MatchOutcomeDto> OutcomeRows(this IAppDbContext db, int runId, bool? matched)
    {
        var outcomes = db.MatchOutcomes.Where(o => o.RunId == runId);
        if (matched is { } isMatched)
        {
            outcomes = isMatched ? outcomes.Where(o => o.PostingId != null) : outcomes.Where(o => o.PostingId == null);
        }

        return from o in outcomes
            join s in db.Students on o.StudentId equals s.Id
            join sc in db.Schools on s.SchoolId equals sc.Id
            join p in db.Postings on o.PostingId equals (int?)p.Id into placed
            from p in placed.DefaultIfEmpty()
            orderby s.LastName, s.FirstName, s.Id
            select new MatchOutcomeDto(s.Id, s.FirstName + " " + s.LastName, s.SisId, sc.Name, s.Grade,
                o.PostingId, p == null ? null : p.Title, p == null ? null : p.Employer!.Name, o.ChoiceNumber, o.Reason);
    }
}
