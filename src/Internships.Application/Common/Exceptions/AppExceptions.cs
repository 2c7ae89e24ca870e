namespace Internships.Application.Common.Exceptions;

/// <summary>The record does not exist, or the caller may not know that it does (404).</summary>
public sealed class NotFoundException(string message) : Exception(message)
{
    public static NotFoundException For(string resource, object key) => new($"{resource} {key} was not found.");
}

/// <summary>The caller is signed in but may not do this (403).</summary>
public sealed class ForbiddenAccessException(string message = "You do not have permission to do this.") : Exception(message);

/// <summary>The request conflicts with data already there, e.g. a duplicate (409).</summary>
public sealed class ConflictException(string message) : Exception(message);
