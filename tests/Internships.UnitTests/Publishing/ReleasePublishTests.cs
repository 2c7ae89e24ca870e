using System.Diagnostics;
using System.Text.Json;

namespace Internships.UnitTests.Publishing;

/// <summary>
/// A production publish (<c>dotnet publish src/Internships.Web -c Release</c>) carries no demo data: neither the demo
/// district's project nor Bogus is anywhere in the web host's Release graph. The graph is read from MSBuild's own
/// evaluation of each project in that configuration, following project references, so a reference added back on any
/// project on the way (or made unconditional in the web host) fails here. Evaluation only: nothing is built or written.
/// </summary>
public sealed class ReleasePublishTests
{
    private const string DemoProject = "Internships.DemoData";

    [Test]
    public async Task A_release_build_of_the_web_host_carries_neither_the_demo_data_nor_Bogus()
    {
        var graph = await DependencyGraph.OfWebHostAsync("Release");

        Assert.That(graph.Projects, Does.Contain("Internships.Infrastructure"), "the walk reached the host's dependencies");
        Assert.That(graph.Projects, Has.No.Member(DemoProject));
        Assert.That(graph.Packages, Has.No.Member("Bogus"));
    }

    [Test]
    public async Task A_debug_build_carries_the_demo_data_that_dotnet_run_seeds()
    {
        var graph = await DependencyGraph.OfWebHostAsync("Debug");

        Assert.That(graph.Projects, Does.Contain(DemoProject));
        Assert.That(graph.Packages, Does.Contain("Bogus"));
    }

    private sealed record DependencyGraph(IReadOnlySet<string> Projects, IReadOnlySet<string> Packages)
    {
        public static async Task<DependencyGraph> OfWebHostAsync(string configuration)
        {
            var projects = new Dictionary<string, string>(StringComparer.Ordinal);
            var packages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var next = new List<string> { Path.Combine(RepositoryRoot(), "src", "Internships.Web", "Internships.Web.csproj") };
            while (next.Count > 0)
            {
                var evaluated = await Task.WhenAll(next.Select(p => EvaluateAsync(p, configuration)));
                next = [];
                foreach (var (references, packageIds) in evaluated)
                {
                    packages.UnionWith(packageIds);
                    foreach (var reference in references.Where(r => projects.TryAdd(Path.GetFileNameWithoutExtension(r), r)))
                    {
                        next.Add(reference);
                    }
                }
            }

            return new DependencyGraph(projects.Keys.ToHashSet(), packages);
        }

        /// <summary>The project's ProjectReference and PackageReference items as MSBuild evaluates them in the configuration.</summary>
        private static async Task<(IReadOnlyList<string> Projects, IReadOnlyList<string> Packages)> EvaluateAsync(string project, string configuration)
        {
            var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
            var start = new ProcessStartInfo(dotnet)
            {
                ArgumentList = { "msbuild", project, $"-p:Configuration={configuration}", "-getItem:ProjectReference", "-getItem:PackageReference", "-nologo" },
                WorkingDirectory = RepositoryRoot(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet msbuild.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                Assert.Fail($"dotnet msbuild {project} -getItem failed ({process.ExitCode}): {await error}{await output}");
            }

            using var json = JsonDocument.Parse(await output);
            var items = json.RootElement.GetProperty("Items");
            return (Read(items, "ProjectReference", "FullPath"), Read(items, "PackageReference", "Identity"));
        }

        private static List<string> Read(JsonElement items, string itemType, string metadata) =>
            items.TryGetProperty(itemType, out var list)
                ? list.EnumerateArray().Select(i => i.GetProperty(metadata).GetString()!).ToList()
                : [];

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Internships.sln not found above the test directory.");
        }
    }
}
