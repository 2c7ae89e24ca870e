namespace Internships.Domain.Common;

/// <summary>
/// An aggregate guarded by optimistic concurrency: the persistence layer bumps <see cref="Version"/>
/// on every update and refuses a write based on a stale read.
/// </summary>
public interface IConcurrencyVersioned
{
    long Version { get; }
}
