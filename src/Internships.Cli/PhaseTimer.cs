using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Internships.Cli;

/// <summary>
/// Times a command's phases back to back (each from the end of the one before), for <c>match --timings</c>: where a
/// run's time goes, to profile the command without a profiler. The figures exclude the runtime's start and exit.
/// </summary>
internal sealed class PhaseTimer
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly List<(string Name, TimeSpan Elapsed)> _phases = [];
    private long _lapStart;

    public PhaseTimer() => _lapStart = _start;

    /// <summary>Ends the current phase, naming it, and starts the next.</summary>
    public TimeSpan End(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(_lapStart, now);
        _phases.Add((phase, elapsed));
        _lapStart = now;
        return elapsed;
    }

    /// <summary><c>timings: read=12.3 build=4.5 ... total=30.1 ms</c>, in the order the phases ended.</summary>
    public override string ToString()
    {
        var line = new StringBuilder("timings:");
        foreach (var (name, elapsed) in _phases)
        {
            line.Append(CultureInfo.InvariantCulture, $" {name}={elapsed.TotalMilliseconds:F1}");
        }

        return line.Append(CultureInfo.InvariantCulture, $" total={Stopwatch.GetElapsedTime(_start, _lapStart).TotalMilliseconds:F1} ms").ToString();
    }
}
