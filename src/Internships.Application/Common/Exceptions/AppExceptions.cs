using Internships.Domain.Common;

namespace Internships.Application.Common.Exceptions;

/// <summary>The record does not exist, or the caller may not know that it does (404).</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    public static NotFoundException For(string resource, object key) => new($"{resource} {key} was not found.");
}

/// <summary>The caller is signed in but may not do this (403).</summary>
public sealed class ForbiddenAccessException(string message = "You do not have permission to do this.") : Exception(message);

/// <summary>
/// The request conflicts with data already there, e.g. a duplicate (409). With a <see cref="Rule"/> it can be shown in
/// the reader's language, like a <see cref="DomainRuleException"/>.
/// </summary>
public sealed class ConflictException : Exception
{
    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string key, string message, params object[] arguments)
        : base(message)
    {
        Rule = new RuleMessage(key, message, arguments);
    }

    public RuleMessage? Rule { get; }
}

/// <summary>The record changed since the caller read it: the version they sent is not the current one (412).</summary>
public sealed class PreconditionFailedException()
    : Exception("Someone else changed this record since you read it. Read it again (for its current ETag) and make your change on that.");
