namespace Internships.Domain.Common;

/// <summary>
/// A business rule refused the change; the message says why, in words a user understands. A refusal with a
/// <see cref="Rule"/> can be shown in the reader's language (the words are the application's <c>RuleText</c>, by key);
/// its English message stays the exception's message, for logs and as the fallback.
/// </summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException(RuleMessage rule)
        : base(rule.English)
    {
        Rule = rule;
    }

    /// <param name="key">A key of <see cref="RuleKeys"/>.</param>
    /// <param name="message">The English sentence, as the key's English text writes it with these arguments.</param>
    /// <param name="arguments">What fills the key's placeholders, typed (a DateOnly, a decimal) so each language writes it its own way.</param>
    public DomainRuleException(string key, string message, params object[] arguments)
        : this(new RuleMessage(key, message, arguments))
    {
    }

    /// <summary>The sentence by key, when the rule has one; null for a refusal still written only in English.</summary>
    public RuleMessage? Rule { get; }
}

/// <summary>
/// A sentence of a rule by its key (<see cref="RuleKeys"/>) and the arguments that fill it, with its English words.
/// An argument may itself be a <see cref="RuleMessage"/> or a list of them (joined by a space), e.g. the reasons a
/// student may not apply.
/// </summary>
public sealed record RuleMessage(string Key, string English, IReadOnlyList<object> Arguments)
{
    public RuleMessage(string key, string english)
        : this(key, english, [])
    {
    }

    /// <summary>A word keyed by its English (<see cref="RuleKeys.Word"/>), e.g. a state: ("State", "closed").</summary>
    public static RuleMessage Word(string kind, string english) => new(RuleKeys.Word(kind, english), english);

    public override string ToString() => English;
}

/// <summary>
/// A state machine refused a transition from the current state. Its words are keyed by their English
/// (<see cref="RuleKeys.Word"/>): "timesheet entry" is <c>Rule.Entity.TimesheetEntry</c>, "under review"
/// <c>Rule.State.UnderReview</c>, "given new documents" <c>Rule.Action.GivenNewDocuments</c>.
/// </summary>
public sealed class InvalidStateTransitionException(string entity, string from, string action)
    : DomainRuleException($"The {entity} is {from}; it cannot be {action}.")
{
    public string Entity { get; } = entity;
    public string From { get; } = from;
    public string Action { get; } = action;
}
