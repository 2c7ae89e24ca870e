using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Internships.Application.Common.Behaviors;

/// <summary>
/// Logs which use case ran, for whom and how long it took. Never the request's content: it holds student records.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(
    ILogger<LoggingBehavior<TMessage, TResponse>> logger,
    Interfaces.ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private const long SlowMilliseconds = 500;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (elapsed >= SlowMilliseconds)
        {
            LogSlow(typeof(TMessage).Name, currentUser.UserId, elapsed);
        }
        else
        {
            LogHandled(typeof(TMessage).Name, currentUser.UserId, elapsed);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled for user {UserId} in {ElapsedMs} ms")]
    private partial void LogHandled(string request, int? userId, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request: {Request} for user {UserId} took {ElapsedMs} ms")]
    private partial void LogSlow(string request, int? userId, long elapsedMs);
}
