using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Internships.UnitTests.Deploy;

/// <summary>
/// What can be checked of deploy/ without running a container (none can run here): the compose file parses and has the
/// services the README describes; it names only the images it builds or well-known official ones, pinned to a major
/// version; every variable it needs is in .env.example; every setting it gives the application is one the application
/// documents (README, "Configuration") or one .NET or OpenTelemetry reads; the application connects with the
/// least-privileged login, not the superuser. The Dockerfile restores from the project files alone (a layer that caches)
/// with every project of the web host's Release build, and its runtime stage installs what SkiaSharp needs and gives
/// the non-root user the folders the compose file puts on volumes. (That the host starts with these settings:
/// Internships.IntegrationTests.PostgreSql, Deploy/ComposeDeploymentTests.)
/// </summary>
public sealed partial class DeployFilesTests
{
    /// <summary>The images pulled rather than built: official images, each pinned to a major version.</summary>
    private static readonly string[] KnownImages = ["postgres:17", "caddy:2", "mcr.microsoft.com/mssql/server:2022-latest"];

    /// <summary>Settings the framework reads from the environment, not the application's configuration.</summary>
    private static readonly string[] FrameworkVariables =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME",
    ];

    /// <summary>
    /// Host:Role (All, Web, Worker) comes with issue 11's "Several nodes" part, merged beside this one; its README row
    /// comes with it. Remove it from here once the row is in the README's configuration table.
    /// </summary>
    private static readonly string[] SettingsOfOtherParts = ["Host:Role"];

    private static readonly string Root = ComposeFile.RepositoryRoot();
    private static readonly ComposeFile Compose = ComposeFile.Load(Root);

    private static IEnumerable<ComposeService> ApplicationServices => Compose.Services.Values.Where(s => s.Image == "internships:latest");

    [Test]
    public void The_compose_file_runs_postgresql_a_schema_job_two_web_nodes_behind_a_proxy_and_one_worker()
    {
        Assert.That(Compose.Services.Keys, Is.EquivalentTo(new[] { "db", "schema", "web", "worker", "proxy", "sqlserver", "sqlserver-schema" }));
        var web = Compose.Services["web"];
        var worker = Compose.Services["worker"];
        Assert.Multiple(() =>
        {
            Assert.That(web.Replicas, Is.EqualTo(2));
            Assert.That(web.Environment["Host__Role"], Is.EqualTo("Web"));
            Assert.That(worker.Replicas, Is.EqualTo(1));
            Assert.That(worker.Environment["Host__Role"], Is.EqualTo("Worker"));
            Assert.That(web.Ports, Is.Empty, "the web nodes are reached through the proxy only (they trust its forwarded headers)");
            Assert.That(Compose.Services["proxy"].Ports, Is.EquivalentTo(new[] { "80:80", "443:443" }));
            Assert.That(web.DependsOn, Does.ContainKey("schema").WithValue(true), "the nodes start once the schema job has finished");
            Assert.That(web.DependsOn, Does.ContainKey("sqlserver-schema").WithValue(false), "…or SQL Server's, when its profile runs");
            Assert.That(Compose.Services["sqlserver"].Profiles, Is.EqualTo(new[] { "sqlserver" }));
            Assert.That(Compose.Services["sqlserver-schema"].Profiles, Is.EqualTo(new[] { "sqlserver" }));
            Assert.That(Compose.Services["db"].Profiles, Is.Empty, "PostgreSQL is the default");
        });
    }

    [Test]
    public void It_names_only_the_image_it_builds_and_known_official_images()
    {
        Assert.That(ApplicationServices.Select(s => s.Name), Is.EquivalentTo(new[] { "web", "worker" }));
        Assert.That(ApplicationServices.Select(s => s.IsBuilt), Is.All.True, "the application's image is built from deploy/Dockerfile");
        var pulled = Compose.Services.Values.Where(s => !s.IsBuilt).Select(s => s.Image).Distinct().ToList();
        Assert.That(pulled, Is.All.Not.Null);
        Assert.That(pulled, Is.SubsetOf(KnownImages));
        Assert.That(Dockerfile().Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime" }));
    }

    [Test]
    public void Every_variable_it_needs_is_in_the_example_env_file()
    {
        var example = File.ReadAllLines(Path.Combine(ComposeFile.DeployFolder(Root), ".env.example"));
        var defined = example.Where(l => !l.StartsWith('#') && l.Contains('=')).Select(l => l[..l.IndexOf('=')]).ToHashSet();
        var mentioned = example.Select(l => l.TrimStart('#', ' ')).Where(l => l.Contains('=')).Select(l => l[..l.IndexOf('=')]).ToHashSet();
        var variables = Compose.Services.Values.SelectMany(s => s.AllStrings()).SelectMany(ComposeFile.Variables).ToList();

        Assert.That(variables, Is.Not.Empty);
        Assert.That(variables.Where(v => v.Required).Select(v => v.Name).Distinct(), Is.SubsetOf(defined), "required: set in .env.example");
        Assert.That(variables.Select(v => v.Name).Distinct(), Is.SubsetOf(mentioned), "optional: at least mentioned there");
    }

    [Test]
    public void Every_setting_it_gives_the_application_is_one_the_application_reads()
    {
        var documented = DocumentedSettings();
        var dockerfileSettings = ComposeFile.DockerfileEnvironment(Root).Keys;
        var keys = ApplicationServices.SelectMany(s => s.Environment.Keys).Concat(dockerfileSettings).Distinct().ToList();

        Assert.That(keys, Does.Contain("ConnectionStrings__Internships").And.Contain("DataProtection__KeysPath"), "both sources were read");
        var unknown = keys.Where(k => !FrameworkVariables.Contains(k))
            .Select(k => k.Replace("__", ":", StringComparison.Ordinal))
            .Where(k => !SettingsOfOtherParts.Contains(k) && !documented.Any(d => Matches(d, k)));
        Assert.That(unknown, Is.Empty, "settings the README's configuration table does not list");
    }

    [Test]
    public void The_application_connects_with_the_least_privileged_login_the_schema_job_creates()
    {
        var schema = Compose.Services["schema"].Environment;
        var connection = ComposeFile.Interpolate(Compose.Services["web"].Environment["ConnectionStrings__Internships"],
            new Dictionary<string, string> { ["APP_DB_PASSWORD"] = "secret" });
        var parts = connection.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

        Assert.That(parts["Username"], Is.EqualTo(schema["APP_LOGIN"]));
        Assert.That(parts["Username"], Is.Not.EqualTo(schema["PGUSER"]).And.Not.EqualTo(schema["OWNER_ROLE"]));
        Assert.That(parts["Database"], Is.EqualTo(schema["INTERNSHIPS_DATABASE"]));
        Assert.That(parts["Host"], Is.EqualTo("db"));
        Assert.That(Compose.Services["web"].Environment["Database__MigrateOnStartup"], Is.EqualTo("false"), "the login could not migrate");
        Assert.That(Compose.Services["schema"].Volumes, Does.Contain("../database:/database:ro"));
        Assert.That(File.ReadAllText(Path.Combine(ComposeFile.DeployFolder(Root), "postgres", "prepare-database.sh")),
            Does.Contain("internships.postgresql.sql").And.Contain("internships.postgresql-login.sql"));
    }

    [Test]
    public void The_runtime_stage_installs_what_SkiaSharp_needs_and_gives_the_app_user_its_folders()
    {
        var runtime = string.Join('\n', Dockerfile().SkipWhile(l => !l.EndsWith("AS runtime", StringComparison.Ordinal)));
        var install = AptInstall().Match(runtime);

        Assert.That(install.Success, Is.True, "the runtime stage runs apt-get install");
        var packages = install.Groups["packages"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(packages, Does.Contain("fontconfig").And.Contain("libfontconfig1").And.Contain("fonts-dejavu-core"));
        Assert.That(runtime, Does.Contain("chown -R app:app /app/data /keys"));
        Assert.That(runtime, Does.Contain("VOLUME [\"/app/data\", \"/keys\"]"));
        Assert.That(runtime, Does.Contain("USER app"));
        foreach (var node in ApplicationServices)
        {
            Assert.That(node.Volumes, Is.EquivalentTo(new[] { "appdata:/app/data", "keys:/keys" }), node.Name);
        }
    }

    [Test]
    public void The_build_restores_from_the_project_files_of_the_release_build_before_copying_the_sources()
    {
        var lines = Dockerfile();
        var restore = lines.FindIndex(l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        var sources = lines.IndexOf("COPY src/ src/");
        var copiedProjects = lines.Take(restore).Where(l => l.StartsWith("COPY src/", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1]).ToList();

        Assert.That(restore, Is.GreaterThan(0));
        Assert.That(sources, Is.GreaterThan(restore), "sources are copied after the restore, so their changes keep its layer");
        Assert.That(lines.Take(restore), Has.Some.StartsWith("COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props"));
        Assert.That(copiedProjects, Is.EquivalentTo(ReleaseProjects("src/Internships.Web/Internships.Web.csproj")));
        Assert.That(lines, Has.Some.Contains("dotnet publish src/Internships.Web/Internships.Web.csproj -c Release --no-restore"));
    }

    [Test]
    public void The_build_context_leaves_out_build_output_and_secrets()
    {
        var ignored = File.ReadAllLines(Path.Combine(Root, ".dockerignore")).Where(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.That(ignored, Is.SupersetOf(new[] { "**/bin/", "**/obj/", ".git/", "deploy/.env", "**/data/" }));
    }

    /// <summary>The web host's project and every project it references in a Release build (the Debug-only ones left out).</summary>
    private static HashSet<string> ReleaseProjects(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var document = XDocument.Load(Path.Combine(Root, next));
            var references = document.Descendants("ProjectReference")
                .Where(r => r.Parent?.Attribute("Condition") is null)
                .Select(r => Path.GetRelativePath(Root, Path.GetFullPath(Path.Combine(Root, Path.GetDirectoryName(next)!, r.Attribute("Include")!.Value.Replace('\\', '/')))));
            foreach (var reference in references)
            {
                pending.Push(reference.Replace('\\', '/'));
            }
        }

        return found;
    }

    /// <summary>The setting names in the README's configuration table: `Section:Key`, `Section:*`, and short `Key` after one of a section.</summary>
    private static List<string> DocumentedSettings()
    {
        var readme = File.ReadAllLines(Path.Combine(Root, "README.md"));
        var table = readme.SkipWhile(l => l != "## Configuration").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal));
        var settings = new List<string>();
        foreach (var row in table)
        {
            var names = Backticked().Matches(row.Split('|')[1]).Select(m => m.Groups[1].Value).ToList();
            var section = names[0].Contains(':', StringComparison.Ordinal) ? names[0][..names[0].IndexOf(':', StringComparison.Ordinal)] : "";
            settings.AddRange(names.Select(n => n.Contains(':', StringComparison.Ordinal) ? n : $"{section}:{n}"));
        }

        return settings;
    }

    private static bool Matches(string documented, string key) =>
        documented.EndsWith(":*", StringComparison.Ordinal)
            ? key.StartsWith(documented[..^1], StringComparison.Ordinal)
            : documented == key || (documented.Contains('<', StringComparison.Ordinal) && key.StartsWith(documented[..documented.IndexOf('<', StringComparison.Ordinal)], StringComparison.Ordinal));

    private static List<string> Dockerfile() => [.. File.ReadAllLines(Path.Combine(ComposeFile.DeployFolder(Root), "Dockerfile"))];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"apt-get install -y --no-install-recommends (?<packages>[a-z0-9 .+-]+?)\s*\\?\s*\n\s*&&", RegexOptions.Multiline)]
    private static partial Regex AptInstall();
}
