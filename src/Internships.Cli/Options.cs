using System.Globalization;

namespace Internships.Cli;

/// <summary>
/// A command's arguments: <c>--name value</c> pairs and <c>--flag</c> switches from known sets, and a fixed number of
/// positional ones.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private Options(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static Options Parse(
        IReadOnlyList<string> args, int start, IReadOnlyCollection<string> names, int positionalCount, IReadOnlyCollection<string>? flags = null)
    {
        var positional = new List<string>();
        var options = new Options(positional);
        for (var i = start; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (positional.Count == positionalCount)
                {
                    throw new CliException($"unexpected argument '{arg}'.", MatchingCli.InvalidUsage);
                }

                positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (flags is not null && flags.Contains(name))
            {
                if (!options._flags.Add(name))
                {
                    throw new CliException($"option '{arg}' is given twice.", MatchingCli.InvalidUsage);
                }

                continue;
            }

            if (!names.Contains(name))
            {
                throw new CliException($"unknown option '{arg}'.", MatchingCli.InvalidUsage);
            }

            if (i + 1 == args.Count)
            {
                throw new CliException($"option '{arg}' needs a value.", MatchingCli.InvalidUsage);
            }

            if (!options._values.TryAdd(name, args[++i]))
            {
                throw new CliException($"option '{arg}' is given twice.", MatchingCli.InvalidUsage);
            }
        }

        if (positional.Count < positionalCount)
        {
            throw new CliException("the input file is missing.", MatchingCli.InvalidUsage);
        }

        return options;
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new CliException($"option '--{name}' is required.", MatchingCli.InvalidUsage);

    public bool Flag(string name) => _flags.Contains(name);

    public int RequiredCount(string name) => ToInt(name, Required(name), minimum: 0);

    public int OptionalInt(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? ToInt(name, value, minimum: int.MinValue) : fallback;

    private static int ToInt(string name, string value, int minimum) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= minimum
            ? number
            : throw new CliException($"option '--{name}' must be a whole number{(minimum == 0 ? " of at least 0" : "")}, not '{value}'.", MatchingCli.InvalidUsage);
}
