using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Internships.Application.Common.Exceptions;

/// <summary>
/// The database could not be reached while a command was committing: whether the commit happened is unknown (503).
/// Not retried, unlike other transient failures: running the command again might do it twice.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception inner)
    : Exception("The connection to the database failed while committing; the change may or may not have been saved.", inner);

/// <summary>Failures that say the database is out of reach for now, not that the request was wrong.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/>, or one it wraps, is a transient database failure: a lost or refused
    /// connection, a timeout, a failover; also what the execution strategy throws once its retries are spent. Any
    /// provider's: each says so through <see cref="DbException.IsTransient"/>.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is RetryLimitExceededException or CommitOutcomeUnknownException or TimeoutException or DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
