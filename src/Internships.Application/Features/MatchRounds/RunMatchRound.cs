using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Internships.Domain.Matching;
using Internships.Domain.Postings;
using Internships.Matching;

namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// Runs the match on the locked round's preferences: student-proposing deferred acceptance with capacities, ties
/// in employers' rankings broken by one lottery over all participants drawn from <see cref="Seed"/> (a new random
/// seed when none is given). The run, its seed and every participant's outcome are kept; nobody but coordinators
/// sees them until the round is published. Runs again as often as needed until then.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RunMatchRoundCommand(long? Seed = null) : ICommand<MatchRunDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int RoundId { get; init; }
}

public sealed class RunMatchRoundAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<RunMatchRoundCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RunMatchRoundCommand request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class RunMatchRoundHandler(IAppDbContext db, IClock clock, ICurrentUser user) : ICommandHandler<RunMatchRoundCommand, MatchRunDto>
{
    public async ValueTask<MatchRunDto> Handle(RunMatchRoundCommand command, CancellationToken cancellationToken)
    {
        var round = await db.FindRoundAsync(command.RoundId, cancellationToken);
        var number = round.StartRun();
        var seed = command.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue) * (long)int.MaxValue + RandomNumberGenerator.GetInt32(int.MaxValue);

        var input = await MatchInput.LoadAsync(db, round, cancellationToken);
        var lottery = TieBreakLottery.Draw(seed, input.Participants.Select(Key));
        var postings = input.Capacities.Select(posting => new PostingPreferences(Key(posting.Key), posting.Value,
            lottery.Break(EmployerRankingRule.TiedGroups(input.ChosenBy(posting.Key), input.EmployerRanksOf(posting.Key))
                .Select(group => group.Select(Key)))));
        var students = input.Participants.Select(s => new StudentPreferences(Key(s), input.ChoicesOf(s).Select(Key).ToList()));
        var problem = NamedMatchingProblem.Create(postings, students);

        var stopwatch = Stopwatch.StartNew();
        var solved = DeferredAcceptance.Solve(problem.Problem);
        stopwatch.Stop();
        var result = problem.Label(solved);

        var stats = result.Statistics;
        var run = new MatchRun(round.Id, number, seed, clock.UtcNow, user.UserName, new MatchRunFigures(
            input.Participants.Count, input.Participants.Count(s => input.ChoicesOf(s).Count > 0), input.Capacities.Count,
            input.Capacities.Values.Sum(), input.ChoiceCount, stats.Proposals, stats.MatchedStudents,
            TrimTrailingZeros(stats.PlacedAtChoice), stopwatch.ElapsedMilliseconds));
        db.MatchRuns.Add(run);
        // Saved here for the run's id, which its outcomes need; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);

        var outcomes = new List<MatchOutcome>(input.Participants.Count);
        foreach (var assignment in result.Assignments)
        {
            outcomes.Add(MatchOutcome.Matched(run.Id, Parse(assignment.StudentId), Parse(assignment.PostingId), assignment.ChoiceIndex + 1));
        }

        foreach (var unmatched in result.Unmatched)
        {
            var studentId = Parse(unmatched);
            var choices = input.ChoicesOf(studentId);
            var acceptableChoices = choices.Count(postingId => input.IsAcceptable(postingId, studentId));
            outcomes.Add(MatchOutcome.Unmatched(run.Id, studentId, MatchOutcome.ReasonFor(choices.Count, acceptableChoices)));
        }

        db.MatchOutcomes.AddRange(outcomes);
        return MatchRunDto.From(run, round.PublishedRunNumber);
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static int Parse(string key) => int.Parse(key, CultureInfo.InvariantCulture);

    private static IReadOnlyList<int> TrimTrailingZeros(IReadOnlyList<int> counts)
    {
        var length = counts.Count;
        while (length > 0 && counts[length - 1] == 0)
        {
            length--;
        }

        return counts.Take(length).ToList();
    }
}

/// <summary>A round's frozen preferences, read in a few set-based queries.</summary>
internal sealed class MatchInput
{
    private readonly Dictionary<int, List<int>> _choicesOf;
    private readonly Dictionary<int, List<int>> _chosenBy;
    private readonly Dictionary<int, List<MatchEmployerRank>> _ranksOf;
    private readonly HashSet<(int PostingId, int StudentId)> _unacceptable;

    private MatchInput(List<int> participants, Dictionary<int, int> capacities, List<MatchChoice> choices, List<MatchEmployerRank> ranks)
    {
        Participants = participants;
        Capacities = capacities;
        ChoiceCount = choices.Count;
        _choicesOf = choices.GroupBy(c => c.StudentId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Rank).Select(c => c.PostingId).ToList());
        _chosenBy = choices.GroupBy(c => c.PostingId).ToDictionary(g => g.Key, g => g.Select(c => c.StudentId).ToList());
        _ranksOf = ranks.GroupBy(r => r.PostingId).ToDictionary(g => g.Key, g => g.ToList());
        _unacceptable = ranks.Where(r => r.Unacceptable).Select(r => (r.PostingId, r.StudentId)).ToHashSet();
    }

    public IReadOnlyList<int> Participants { get; }

    /// <summary>Places per posting; a posting that stopped taking applicants since the round opened fills none.</summary>
    public IReadOnlyDictionary<int, int> Capacities { get; }

    public int ChoiceCount { get; }

    public IReadOnlyList<int> ChoicesOf(int studentId) => _choicesOf.TryGetValue(studentId, out var list) ? list : [];

    public IReadOnlyList<int> ChosenBy(int postingId) => _chosenBy.TryGetValue(postingId, out var list) ? list : [];

    public IReadOnlyList<MatchEmployerRank> EmployerRanksOf(int postingId) => _ranksOf.TryGetValue(postingId, out var list) ? list : [];

    public bool IsAcceptable(int postingId, int studentId) => !_unacceptable.Contains((postingId, studentId));

    public static async Task<MatchInput> LoadAsync(IAppDbContext db, MatchRound round, CancellationToken cancellationToken)
    {
        var roundPostingIds = round.Postings.Select(p => p.PostingId).ToList();
        var open = (await db.Postings.Where(p => roundPostingIds.Contains(p.Id) && p.Status == PostingStatus.Open)
            .Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var capacities = round.Postings.ToDictionary(p => p.PostingId, p => open.Contains(p.PostingId) ? p.Capacity : 0);

        var participants = await db.MatchParticipants.AsNoTracking().Where(p => p.RoundId == round.Id).OrderBy(p => p.StudentId)
            .Select(p => p.StudentId).ToListAsync(cancellationToken);
        var choices = await db.MatchChoices.AsNoTracking().Where(c => c.RoundId == round.Id).ToListAsync(cancellationToken);
        var ranks = await db.MatchEmployerRanks.AsNoTracking().Where(r => r.RoundId == round.Id).ToListAsync(cancellationToken);
        return new MatchInput(participants, capacities, choices, ranks);
    }
}
