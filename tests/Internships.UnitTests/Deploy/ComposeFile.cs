using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Internships.UnitTests.Deploy;

/// <summary>
/// deploy/compose.yaml as Docker Compose reads it: YAML with anchors and merge keys ("&lt;&lt;: *app"), and ${…}
/// interpolation from deploy/.env (<c>${NAME}</c>, <c>${NAME:-default}</c>, <c>${NAME:?error}</c>, nested in a default;
/// <c>$$</c> is a literal dollar).
/// </summary>
public sealed class ComposeFile
{
    private ComposeFile(IReadOnlyDictionary<string, ComposeService> services) => Services = services;

    public IReadOnlyDictionary<string, ComposeService> Services { get; }

    public static string DeployFolder(string repositoryRoot) => Path.Combine(repositoryRoot, "deploy");

    /// <summary>The checkout the tests run from: the folder holding Internships.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Internships.sln not found above the test directory.");
    }

    public static ComposeFile Load(string repositoryRoot)
    {
        var text = File.ReadAllText(Path.Combine(DeployFolder(repositoryRoot), "compose.yaml"));
        var parser = new MergingParser(new Parser(new StringReader(text)));
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(parser)
            ?? throw new InvalidOperationException("compose.yaml is empty.");
        var services = (Dictionary<object, object?>)root["services"]!;
        return new ComposeFile(services.ToDictionary(s => (string)s.Key, s => new ComposeService((string)s.Key, (Dictionary<object, object?>)s.Value!)));
    }

    /// <summary>The ENV lines of deploy/Dockerfile (its runtime stage is the only one with any), as name and value.</summary>
    public static Dictionary<string, string> DockerfileEnvironment(string repositoryRoot) =>
        File.ReadAllLines(Path.Combine(DeployFolder(repositoryRoot), "Dockerfile"))
            .SkipWhile(l => !l.StartsWith("ENV ", StringComparison.Ordinal))
            .TakeWhile(l => l.StartsWith("ENV ", StringComparison.Ordinal) || l.StartsWith(' '))
            .Select(l => l.Replace("ENV ", "", StringComparison.Ordinal).Trim().TrimEnd('\\').Trim().Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);

    /// <summary>Every variable a value refers to, with whether it must be set (no default, or ":?").</summary>
    public static IEnumerable<(string Name, bool Required)> Variables(string value)
    {
        var found = new List<(string, bool)>();
        Interpolate(value, name =>
        {
            found.Add((name, false));
            return null;
        }, onRequired: name => found.Add((name, true)));
        return found;
    }

    /// <summary>The value with its variables replaced, as Compose does; a required variable that is missing throws.</summary>
    public static string Interpolate(string value, IReadOnlyDictionary<string, string> variables) =>
        Interpolate(value, name => variables.TryGetValue(name, out var v) ? v : null,
            onRequired: name => throw new InvalidOperationException($"{name} is required but not set."));

    private static string Interpolate(string value, Func<string, string?> lookup, Action<string> onRequired)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] != '$')
            {
                result.Append(value[i++]);
                continue;
            }

            if (i + 1 < value.Length && value[i + 1] == '$')
            {
                result.Append('$');
                i += 2;
                continue;
            }

            if (i + 1 >= value.Length || value[i + 1] != '{')
            {
                throw new FormatException($"Only ${{NAME}} variables are used here: {value}");
            }

            var end = ClosingBrace(value, i + 2);
            var body = value[(i + 2)..end];
            var modifier = body.IndexOf(':', StringComparison.Ordinal);
            var name = modifier < 0 ? body : body[..modifier];
            var found = lookup(name);
            if (modifier < 0)
            {
                if (found is null)
                {
                    onRequired(name);
                }

                result.Append(found);
            }
            else if (body[modifier + 1] == '-')
            {
                var fallback = Interpolate(body[(modifier + 2)..], lookup, onRequired);
                result.Append(string.IsNullOrEmpty(found) ? fallback : found);
            }
            else if (body[modifier + 1] == '?')
            {
                if (string.IsNullOrEmpty(found))
                {
                    onRequired(name);
                }

                result.Append(found);
            }
            else
            {
                throw new FormatException($"Unknown modifier in ${{{body}}}");
            }

            i = end + 1;
        }

        return result.ToString();
    }

    private static int ClosingBrace(string value, int from)
    {
        var depth = 1;
        for (var i = from; i < value.Length; i++)
        {
            depth += value[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unclosed ${{ in {value}");
    }
}

/// <summary>One service of the compose file: what the tests read of it.</summary>
public sealed class ComposeService(string name, Dictionary<object, object?> definition)
{
    public string Name { get; } = name;

    public string? Image => definition.GetValueOrDefault("image") as string;

    public bool IsBuilt => definition.ContainsKey("build");

    public IReadOnlyList<string> Profiles => List("profiles");

    public IReadOnlyList<string> Volumes => List("volumes");

    public IReadOnlyList<string> Ports => List("ports");

    public IReadOnlyDictionary<string, string> Environment =>
        (definition.GetValueOrDefault("environment") as Dictionary<object, object?>)?.ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "")
        ?? new Dictionary<string, string>();

    public int Replicas => definition.GetValueOrDefault("deploy") is Dictionary<object, object?> deploy && deploy.GetValueOrDefault("replicas") is string replicas
        ? int.Parse(replicas, System.Globalization.CultureInfo.InvariantCulture)
        : 1;

    /// <summary>The services this one waits for, with whether each is required (Compose's default) or only used when started.</summary>
    public IReadOnlyDictionary<string, bool> DependsOn =>
        definition.GetValueOrDefault("depends_on") is Dictionary<object, object?> dependencies
            ? dependencies.ToDictionary(d => (string)d.Key, d => d.Value is not Dictionary<object, object?> options || options.GetValueOrDefault("required") as string != "false")
            : new Dictionary<string, bool>();

    /// <summary>Every string in the definition (images, commands, environment values, volumes…), for finding variables.</summary>
    public IEnumerable<string> AllStrings() => Strings(definition);

    private IReadOnlyList<string> List(string key) =>
        (definition.GetValueOrDefault(key) as List<object?>)?.Select(v => (string)v!).ToList() ?? [];

    private static IEnumerable<string> Strings(object? node) => node switch
    {
        string s => [s],
        Dictionary<object, object?> map => map.Values.SelectMany(Strings),
        List<object?> list => list.SelectMany(Strings),
        _ => [],
    };
}
