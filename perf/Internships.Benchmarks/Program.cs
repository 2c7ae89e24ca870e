using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

if (args is ["report-sizes"])
{
    // Pages and bytes of the benchmarked reports, and the PDFs themselves under artifacts/reports/ to look at.
    Internships.Benchmarks.Reports.ReportBenchmarks.WriteSamples("artifacts/reports");
    return;
}

// A short job, in process: a few minutes on a 2-core machine, and no second build of a generated project.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));

BenchmarkSwitcher.FromAssembly(typeof(Internships.Benchmarks.MatchingStepBenchmarks).Assembly).Run(args, config);
