namespace Internships.Domain.Programmes;

/// <summary>
/// A micro-credential programme: an ordered set of requirements (a session attended, an online module finished,
/// coaching sessions, an observation scored on a rubric) that together earn a badge, with an optional professional
/// development hours target and participation fee. Participants take it in a <see cref="Cohort"/>.
/// </summary>
public sealed class Programme : Entity, IConcurrencyVersioned
{
    public const int MaxRequirements = 20;

    private readonly List<ProgrammeRequirement> _requirements = [];

    private Programme() { }

    public Programme(ProgrammeDetails details, IReadOnlyList<RequirementDetails> requirements, DateTime createdAt)
    {
        CreatedAt = createdAt;
        Update(details);
        ReplaceRequirements(requirements);
    }

    public long Version { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The badge a participant earns by meeting every requirement.</summary>
    public int BadgeClassId { get; private set; }

    /// <summary>The professional development hours the programme is worth, when it counts them.</summary>
    public decimal? PdHoursTarget { get; private set; }

    /// <summary>The participation fee per participant, when there is one (recorded by staff: no payment processing).</summary>
    public decimal? FeeAmount { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>In order: step 1 first.</summary>
    public IReadOnlyList<ProgrammeRequirement> Requirements => _requirements;

    public void Update(ProgrammeDetails details)
    {
        Name = details.Name.Trim();
        Description = details.Description.Trim();
        BadgeClassId = details.BadgeClassId;
        PdHoursTarget = details.PdHoursTarget;
        FeeAmount = details.FeeAmount;
    }

    /// <summary>
    /// The requirements, in order. Only while nobody is enrolled: a participant's progress is recorded against the
    /// requirements they enrolled under (the caller checks, as it knows the enrolments).
    /// </summary>
    public void ReplaceRequirements(IReadOnlyList<RequirementDetails> requirements)
    {
        if (requirements.Count == 0 || requirements.Count > MaxRequirements)
        {
            throw new DomainRuleException(RuleKeys.Programmes.RequirementCount, $"A programme has between 1 and {MaxRequirements} requirements.", MaxRequirements);
        }

        _requirements.Clear();
        _requirements.AddRange(requirements.Select((r, i) => new ProgrammeRequirement(i + 1, r)));
    }
}

public sealed record ProgrammeDetails(string Name, string Description, int BadgeClassId, decimal? PdHoursTarget, decimal? FeeAmount);

/// <summary>What a requirement asks of a participant.</summary>
public enum RequirementKind
{
    /// <summary>Attend a face-to-face session: the trainer takes the attendance roster.</summary>
    Session,

    /// <summary>Finish a self-directed online module: the participant marks it complete with evidence.</summary>
    OnlineModule,

    /// <summary>A number of one-on-one coaching sessions: the coach logs each.</summary>
    Coaching,

    /// <summary>An in-person observation scored on a rubric by the observer.</summary>
    Observation,
}

/// <summary>What a requirement is, as a coordinator writes it.</summary>
public sealed record RequirementDetails(
    RequirementKind Kind,
    string Title,
    decimal PdHours,
    int? SessionsRequired = null,
    IReadOnlyList<string>? Criteria = null,
    int? PassingScore = null);

/// <summary>One step of a programme.</summary>
public sealed class ProgrammeRequirement
{
    public const int MinScore = 1;
    public const int MaxScore = 4;

    private ProgrammeRequirement() { }

    internal ProgrammeRequirement(int step, RequirementDetails details)
    {
        Step = step;
        Kind = details.Kind;
        Title = details.Title.Trim();
        PdHours = details.PdHours;
        switch (details.Kind)
        {
            case RequirementKind.Coaching:
                SessionsRequired = details.SessionsRequired is >= 1 ? details.SessionsRequired
                    : throw new DomainRuleException(RuleKeys.Programmes.CoachingSessions, $"Step {step}: say how many coaching sessions it takes.", step);
                break;
            case RequirementKind.Observation:
                Criteria = details.Criteria?.Select(c => c.Trim()).Where(c => c.Length > 0).ToList() ?? [];
                if (Criteria.Count == 0)
                {
                    throw new DomainRuleException(RuleKeys.Programmes.RubricCriteria, $"Step {step}: name the rubric's criteria.", step);
                }

                PassingScore = details.PassingScore is { } passing && passing >= Criteria.Count * MinScore && passing <= Criteria.Count * MaxScore
                    ? passing
                    : throw new DomainRuleException(RuleKeys.Programmes.PassingScore,
                        $"Step {step}: the passing score is a total between {Criteria.Count * MinScore} and {Criteria.Count * MaxScore}.",
                        step, Criteria.Count * MinScore, Criteria.Count * MaxScore);
                break;
        }
    }

    public int Id { get; private set; }

    public int ProgrammeId { get; private set; }

    /// <summary>Its place in the programme, from 1.</summary>
    public int Step { get; private set; }

    public RequirementKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The professional development hours meeting it earns.</summary>
    public decimal PdHours { get; private set; }

    /// <summary>For coaching: how many sessions it takes.</summary>
    public int? SessionsRequired { get; private set; }

    /// <summary>For an observation: the rubric's criteria, each scored 1 to 4.</summary>
    public List<string> Criteria { get; private set; } = [];

    /// <summary>For an observation: the least total score that passes.</summary>
    public int? PassingScore { get; private set; }

    /// <summary>Whether these entries of a participant's meet it.</summary>
    public bool IsMetBy(IEnumerable<ProgressEntry> entries)
    {
        var mine = entries.Where(e => e.RequirementId == Id).ToList();
        return Kind switch
        {
            RequirementKind.Coaching => mine.Count(e => e.Met) >= SessionsRequired,
            RequirementKind.OnlineModule => mine.Any(e => e.Met),
            // The last word counts: a trainer corrects the roster, an observer observes again.
            _ => mine.OrderBy(e => e.Id == 0 ? int.MaxValue : e.Id).LastOrDefault()?.Met == true,
        };
    }
}
