namespace Internships.Domain.Common;

/// <summary>A business rule refused the change; the message says why, in words a user understands.</summary>
public class DomainRuleException(string message) : Exception(message);

/// <summary>A state machine refused a transition from the current state.</summary>
public sealed class InvalidStateTransitionException(string entity, string from, string action)
    : DomainRuleException($"The {entity} is {from}; it cannot be {action}.")
{
    public string Entity { get; } = entity;
    public string From { get; } = from;
    public string Action { get; } = action;
}
