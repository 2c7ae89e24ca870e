using Hangfire.Logging;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// Hangfire keeps its log provider in a static: with several hosts in one process (the integration tests start a
/// few), the last one configured wins, and once that host stops its logger factory is disposed and every enqueue
/// elsewhere would throw. This provider stops logging instead.
/// </summary>
internal sealed class HostLogProvider(ILogProvider inner) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new SafeLog(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new SafeLog(null);
        }
    }

    private sealed class SafeLog(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner?.Log(logLevel, messageFunc!, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
