namespace Internships.Application.Common.Concurrency;

/// <summary>
/// A command that changes one versioned record (docs: the README's "No lost updates"): it is refused with
/// <see cref="PreconditionFailedException"/> when the record's version is no longer the one the caller read. The version
/// comes from <see cref="ExpectedVersion"/> (an edit form's hidden field) or else from the request's If-Match header
/// (<see cref="IRequestPreconditions"/>); with neither, the command is not checked. <see cref="ExpectedVersionBehavior{TMessage, TResponse}"/>
/// does the checking, so handlers do nothing for it.
/// </summary>
public interface IHasExpectedVersion
{
    /// <summary>The version the caller read; null when it comes from the request's If-Match, or is not given.</summary>
    long? ExpectedVersion { get; }

    /// <summary>The record whose version is checked: its entity type and primary key.</summary>
    VersionedRecord Record { get; }
}

/// <summary>A record guarded by a version: its entity type (an <see cref="Domain.Common.IConcurrencyVersioned"/>) and primary key.</summary>
public sealed record VersionedRecord(Type EntityType, object Key)
{
    public static VersionedRecord Of<TEntity>(object key) where TEntity : Domain.Common.IConcurrencyVersioned => new(typeof(TEntity), key);
}

/// <summary>A record as the API shows it, with its version: the host sends it as the response's ETag.</summary>
public interface IVersionedDto
{
    long Version { get; }
}
