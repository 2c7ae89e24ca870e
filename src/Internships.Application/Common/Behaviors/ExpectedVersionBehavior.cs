using Internships.Application.Common.Concurrency;

namespace Internships.Application.Common.Behaviors;

/// <summary>
/// Refuses a change made from a stale read (no lost updates): for a command that names the version it read
/// (<see cref="IHasExpectedVersion"/>, or the request's If-Match), the record is loaded and tracked before the handler
/// runs, so the handler changes that very copy and the save is checked against the version compared here; a change
/// committed by someone else in between fails the save, and the unit of work, around this behaviour, runs the command
/// again and this check then refuses it. A stale version is reported after the handler has run (and its work is rolled
/// back): the handler's own answers come first, so a record the caller may not see stays "not found", never "changed".
/// </summary>
public sealed class ExpectedVersionBehavior<TMessage, TResponse>(IAppDbContext db, IRequestPreconditions preconditions)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var ifMatch = message is IHasExpectedVersion versioned
            ? versioned.ExpectedVersion is { } expected ? EntityTag.Of(expected) : preconditions.IfMatch
            : null;
        if (ifMatch is null)
        {
            return await next(message, cancellationToken);
        }

        var record = ((IHasExpectedVersion)message).Record;
        var current = await db.FindAsync(record.EntityType, [record.Key], cancellationToken) as Domain.Common.IConcurrencyVersioned;
        var stale = current is not null && !EntityTag.Matches(ifMatch, current.Version);
        var response = await next(message, cancellationToken);
        return stale ? throw new PreconditionFailedException() : response;
    }
}
