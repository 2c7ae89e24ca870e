namespace Internships.Cli;

/// <summary>A failure to report as one line on standard error, ending the command with <see cref="ExitCode"/>.</summary>
internal sealed class CliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
