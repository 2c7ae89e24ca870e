namespace Internships.Domain.Matching;

/// <summary>
/// A matching round: coordinators choose the postings and students taking part, students and employers rank each
/// other until the deadline, then the round is locked, run (as often as needed) and published as offers.
/// A scramble round follows a published one, for its unmatched students and unfilled places.
/// </summary>
public sealed class MatchRound : Entity, IConcurrencyVersioned
{
    public const int DefaultMaxChoices = 5;
    public const int MaxChoicesLimit = 20;

    private readonly List<MatchRoundPosting> _postings = [];

    private MatchRound() { }

    private MatchRound(string name, string term, int maxChoices, DateOnly preferenceDeadline, bool allowOtherPathways,
        int? scrambleOfRoundId, DateTime now)
    {
        Name = name.Trim();
        Term = term.Trim();
        MaxChoices = maxChoices;
        PreferenceDeadline = preferenceDeadline;
        AllowOtherPathways = allowOtherPathways;
        ScrambleOfRoundId = scrambleOfRoundId;
        Status = MatchRoundStatus.Open;
        CreatedAt = now;
    }

    public string Name { get; private set; } = "";

    /// <summary>The term the internships are for, e.g. "Spring 2027".</summary>
    public string Term { get; private set; } = "";

    public int MaxChoices { get; private set; }

    /// <summary>The last day students and employers may change their rankings.</summary>
    public DateOnly PreferenceDeadline { get; private set; }

    /// <summary>Whether students may rank postings outside their own pathways.</summary>
    public bool AllowOtherPathways { get; private set; }

    /// <summary>The published round whose unmatched students and unfilled places this scramble round takes.</summary>
    public int? ScrambleOfRoundId { get; private set; }

    public MatchRoundStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? LockedAt { get; private set; }

    public int RunCount { get; private set; }

    public int? PublishedRunNumber { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyCollection<MatchRoundPosting> Postings => _postings;

    public static MatchRound Create(string name, string term, int maxChoices, DateOnly preferenceDeadline, bool allowOtherPathways,
        IEnumerable<(int PostingId, int Capacity)> postings, DateOnly today, DateTime now) =>
        New(name, term, maxChoices, preferenceDeadline, allowOtherPathways, null, postings, today, now);

    /// <summary>A second round after <paramref name="published"/>, for the places it left unfilled.</summary>
    public static MatchRound CreateScramble(MatchRound published, string name, int maxChoices, DateOnly preferenceDeadline,
        IEnumerable<(int PostingId, int Capacity)> unfilledPlaces, DateOnly today, DateTime now)
    {
        if (published.Status != MatchRoundStatus.Published)
        {
            throw new DomainRuleException(RuleKeys.Matching.ScrambleAfterPublished, "A scramble round follows a published round; publish this one first.");
        }

        return New(name, published.Term, maxChoices, preferenceDeadline, published.AllowOtherPathways, published.Id, unfilledPlaces, today, now);
    }

    private static MatchRound New(string name, string term, int maxChoices, DateOnly preferenceDeadline, bool allowOtherPathways,
        int? scrambleOf, IEnumerable<(int PostingId, int Capacity)> postings, DateOnly today, DateTime now)
    {
        if (maxChoices is < 1 or > MaxChoicesLimit)
        {
            throw new DomainRuleException(RuleKeys.Matching.MaxChoicesRange, $"A student may rank between 1 and {MaxChoicesLimit} postings.", MaxChoicesLimit);
        }

        if (preferenceDeadline < today)
        {
            throw new DomainRuleException(RuleKeys.Matching.DeadlineInThePast, "The preference deadline cannot be in the past.");
        }

        var round = new MatchRound(name, term, maxChoices, preferenceDeadline, allowOtherPathways, scrambleOf, now);
        foreach (var (postingId, capacity) in postings)
        {
            if (round._postings.Any(p => p.PostingId == postingId))
            {
                throw new DomainRuleException(RuleKeys.Matching.PostingListedTwice, "A posting is listed twice: list each posting once.");
            }

            round._postings.Add(new MatchRoundPosting(postingId, RequireCapacity(capacity)));
        }

        if (round._postings.Count == 0)
        {
            throw new DomainRuleException(RuleKeys.Matching.NoPostings, "A round needs at least one posting with places to fill.");
        }

        return round;
    }

    public bool Includes(int postingId) => _postings.Any(p => p.PostingId == postingId);

    /// <summary>Students, and employers ranking those who chose them, change rankings while the round is open and its deadline has not passed.</summary>
    public void EnsureRankingsOpen(DateOnly today)
    {
        if (Status != MatchRoundStatus.Open)
        {
            throw new DomainRuleException(RuleKeys.Matching.RankingsFrozen, $"The round is {Describe(Status)}; rankings can no longer change.",
                RuleMessage.Word("State", Describe(Status)));
        }

        if (today > PreferenceDeadline)
        {
            throw new DomainRuleException(RuleKeys.Matching.RankingsClosed,
                $"Rankings closed on {Days.Written(PreferenceDeadline)}; what was submitted by then stands.", PreferenceDeadline);
        }
    }

    /// <summary>A coordinator may enter or correct a ranking (a late one too) until the round is published.</summary>
    public void EnsureCoordinatorMayChange()
    {
        if (Status == MatchRoundStatus.Published)
        {
            throw new InvalidStateTransitionException("match round", "published", "changed");
        }
    }

    /// <summary>
    /// Checks a student's ranked list: no more than <see cref="MaxChoices"/>, no repeats, only this round's postings.
    /// <paramref name="titleOf"/> names a posting in the message the student reads (its title, never its id).
    /// </summary>
    public void CheckChoices(IReadOnlyList<int> postingIds, Func<int, string> titleOf)
    {
        if (postingIds.Count > MaxChoices)
        {
            throw new DomainRuleException(RuleKeys.Matching.TooManyChoices, $"Rank at most {MaxChoices} postings in this round.", MaxChoices);
        }

        var repeated = postingIds.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DomainRuleException(RuleKeys.Matching.ChosenTwice, $"'{titleOf(repeated.Key)}' is chosen twice: choose each posting once.", titleOf(repeated.Key));
        }

        foreach (var postingId in postingIds.Where(id => !Includes(id)))
        {
            throw new DomainRuleException(RuleKeys.Matching.NotInRound, $"'{titleOf(postingId)}' does not take part in this round.", titleOf(postingId));
        }
    }

    public void ChangeCapacity(int postingId, int capacity)
    {
        EnsureCoordinatorMayChange();
        var posting = _postings.FirstOrDefault(p => p.PostingId == postingId)
            ?? throw new DomainRuleException(RuleKeys.Matching.ThatPostingNotInRound, "That posting does not take part in this round.");
        posting.Capacity = RequireCapacity(capacity);
    }

    /// <summary>Freezes the preferences; from now on only a coordinator changes them, until publishing.</summary>
    public void Lock(DateTime now)
    {
        if (Status != MatchRoundStatus.Open)
        {
            throw new InvalidStateTransitionException("match round", Describe(Status), "locked");
        }

        Status = MatchRoundStatus.Locked;
        LockedAt = now;
    }

    /// <summary>Numbers the next run; the round must be locked, so everyone's preferences are final.</summary>
    public int StartRun()
    {
        if (Status != MatchRoundStatus.Locked)
        {
            throw Status == MatchRoundStatus.Open
                ? new DomainRuleException(RuleKeys.Matching.LockBeforeRun, "Lock the round before running the match, so preferences cannot change under it.")
                : new DomainRuleException(RuleKeys.Matching.ResultFinal, "The round is published; its result can no longer change.");
        }

        return ++RunCount;
    }

    /// <summary>Makes a reviewed run final: its assignments become offers.</summary>
    public void Publish(int runNumber, DateTime now)
    {
        if (Status != MatchRoundStatus.Locked)
        {
            throw new InvalidStateTransitionException("match round", Describe(Status), "published");
        }

        if (runNumber < 1 || runNumber > RunCount)
        {
            throw RunCount == 0
                ? new DomainRuleException(RuleKeys.Matching.RunFirst, "Run the match before publishing it.")
                : new DomainRuleException(RuleKeys.Matching.NoSuchRun, $"The round has no run {runNumber}.", runNumber);
        }

        Status = MatchRoundStatus.Published;
        PublishedRunNumber = runNumber;
        PublishedAt = now;
    }

    private static int RequireCapacity(int capacity) =>
        capacity >= 0 ? capacity : throw new DomainRuleException(RuleKeys.Matching.NegativeCapacity, "A capacity cannot be negative.");

    private static string Describe(MatchRoundStatus status) => status.ToString().ToLowerInvariant();
}

public enum MatchRoundStatus
{
    /// <summary>Collecting students' and employers' rankings.</summary>
    Open,

    /// <summary>Preferences frozen; the coordinator runs and reviews the match.</summary>
    Locked,

    /// <summary>A run was published: its assignments are offers.</summary>
    Published,
}

/// <summary>A posting taking part in a round, with the places the round fills.</summary>
public sealed class MatchRoundPosting
{
    private MatchRoundPosting() { }

    internal MatchRoundPosting(int postingId, int capacity)
    {
        PostingId = postingId;
        Capacity = capacity;
    }

    public int RoundId { get; private set; }

    public int PostingId { get; private set; }

    public int Capacity { get; internal set; }
}
