namespace Internships.Domain.Badges;

public enum BadgeProposalStatus
{
    /// <summary>Waiting for a coordinator: the employer and the coordinator may still edit it.</summary>
    Proposed,

    /// <summary>Approved: the badge is in the catalogue, with the employer as its co-designer.</summary>
    Approved,

    /// <summary>Declined, with the coordinator's reason.</summary>
    Declined,
}

/// <summary>
/// A badge an employer's admin proposes for the skills their organisation hires for: its name, description, criteria,
/// the tasks that show it and the skill it stands for. It is not a badge yet (nobody can be awarded it or claim it): a
/// coordinator edits and approves it, which adds it to the catalogue with the employer recorded as co-designer (its
/// endorsing employer), or declines it with a reason the employer sees.
/// </summary>
public sealed class BadgeProposal : Entity, IConcurrencyVersioned
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int MaxCriteriaLength = 4000;
    public const int MaxTasks = 10;
    public const int MaxTaskLength = 200;
    public const int MaxSkillLength = 80;
    public const int MaxReasonLength = 1000;

    /// <summary>Bumped on every saved change: the API's ETag, and what makes two approvals add one badge.</summary>
    public long Version { get; private set; }

    private BadgeProposal() { }

    private BadgeProposal(int employerId, BadgeProposalDetails details, string proposedBy, DateTime now)
    {
        EmployerId = employerId;
        ProposedBy = proposedBy;
        ProposedAt = now;
        Status = BadgeProposalStatus.Proposed;
        Write(details);
    }

    public static BadgeProposal Propose(int employerId, BadgeProposalDetails details, string proposedBy, DateTime now) =>
        new(employerId, details, proposedBy, now);

    /// <summary>The employer that proposes the badge, and designs it with the district.</summary>
    public int EmployerId { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Criteria { get; private set; } = "";

    /// <summary>The tasks on the job that show the skill.</summary>
    public List<string> Tasks { get; private set; } = [];

    /// <summary>The skill the badge stands for.</summary>
    public string Skill { get; private set; } = "";

    public BadgeProposalStatus Status { get; private set; }

    public string ProposedBy { get; private set; } = "";

    public DateTime ProposedAt { get; private set; }

    /// <summary>Why the coordinator declined it; the employer sees it.</summary>
    public string? DeclineReason { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    /// <summary>The catalogue's badge an approval made.</summary>
    public int? BadgeClassId { get; private set; }

    /// <summary>The employer's admin or a coordinator changes the proposal while it waits.</summary>
    public void Revise(BadgeProposalDetails details)
    {
        EnsureWaiting("changed");
        Write(details);
    }

    /// <summary>
    /// The badge the proposal becomes: a competency badge for students, the tasks written into its criteria, the skill
    /// as its skill, the employer as its endorsing employer (co-designer). Awarded by hand or by claim review until a
    /// coordinator gives it a rule.
    /// </summary>
    public BadgeClass Approve(string reviewer, DateTime now)
    {
        EnsureWaiting("approved");
        Status = BadgeProposalStatus.Approved;
        ReviewedBy = reviewer;
        ReviewedAt = now;
        var criteria = Tasks.Count == 0 ? Criteria : $"{Criteria}\n\nTasks that show it:\n{string.Join('\n', Tasks.Select(t => "- " + t))}";
        return new BadgeClass(new BadgeClassDetails(Name, Description, criteria, BadgeKind.Competency, BadgeRecipientType.Student, "#1F6FB2",
            EmployerId, null, [Skill], [], [], null), now);
    }

    /// <summary>Records the catalogue's badge the approval made, once it has its id.</summary>
    public void RecordBadge(BadgeClass badge)
    {
        if (Status != BadgeProposalStatus.Approved || BadgeClassId is not null)
        {
            throw new DomainRuleException(RuleKeys.Badges.ProposalRecordsOnce, "Only an approved proposal records its badge, once.");
        }

        BadgeClassId = badge.Id;
    }

    public void Decline(string reason, string reviewer, DateTime now)
    {
        EnsureWaiting("declined");
        DeclineReason = string.IsNullOrWhiteSpace(reason)
            ? throw new DomainRuleException(RuleKeys.Badges.ProposalDeclineReason, "Give the reason the proposal is declined: the employer sees it.")
            : reason.Trim();
        Status = BadgeProposalStatus.Declined;
        ReviewedBy = reviewer;
        ReviewedAt = now;
    }

    public static string Words(BadgeProposalStatus status) => status switch
    {
        BadgeProposalStatus.Proposed => "waiting for approval",
        BadgeProposalStatus.Approved => "approved",
        _ => "declined",
    };

    private void EnsureWaiting(string action)
    {
        if (Status != BadgeProposalStatus.Proposed)
        {
            throw new InvalidStateTransitionException("badge proposal", Words(Status), action);
        }
    }

    private void Write(BadgeProposalDetails details)
    {
        Name = Required(details.Name, RuleKeys.Badges.ProposalName, "Enter the badge's name.");
        Description = Required(details.Description, RuleKeys.Badges.ProposalDescription, "Enter a description of the badge.");
        Criteria = Required(details.Criteria, RuleKeys.Badges.ProposalCriteria, "Say what earns the badge.");
        Skill = Required(details.Skill, RuleKeys.Badges.ProposalSkill, "Name the skill the badge stands for.");
        var tasks = details.Tasks.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        Tasks = tasks.Count <= MaxTasks ? tasks : throw new DomainRuleException(RuleKeys.Badges.TooManyTasks, $"List at most {MaxTasks} tasks.", MaxTasks);
    }

    private static string Required(string text, string key, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainRuleException(key, message) : text.Trim();
}

public sealed record BadgeProposalDetails(string Name, string Description, string Criteria, IReadOnlyCollection<string> Tasks, string Skill);
