using BenchmarkDotNet.Attributes;
using Internships.Cli;
using Internships.Matching;

namespace Internships.Benchmarks;

/// <summary>
/// The matching step alone, as the application and the CLI time it: rank keys and deferred acceptance on a problem
/// already interned to ints. Instances come from the CLI's generator (ten choices per student, a tenth as many
/// postings as students, capacities 1-5, so most students end up unmatched and the engine does its full work).
/// </summary>
[MemoryDiagnoser]
public class MatchingStepBenchmarks
{
    private readonly MatchingWorkspace _workspace = new();
    private MatchingProblem _problem = null!;

    [Params(10_000, 100_000)]
    public int Students { get; set; }

    [GlobalSetup]
    public void Generate() => _problem = InstanceGenerator.Generate(Students, postings: Students / 10, choicesPerStudent: 10, seed: 1);

    /// <summary>As the CLI and a once-a-round application call it: scratch arrays allocated afresh.</summary>
    [Benchmark(Baseline = true)]
    public MatchingResult Match() => DeferredAcceptance.Solve(_problem);

    /// <summary>The algorithm alone: scratch arrays reused from the previous call.</summary>
    [Benchmark]
    public MatchingResult MatchReusingWorkspace() => DeferredAcceptance.Solve(_problem, workspace: _workspace);
}
