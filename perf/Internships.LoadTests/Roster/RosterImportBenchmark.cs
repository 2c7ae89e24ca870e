using System.Diagnostics;
using Internships.Application;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Roster;
using Internships.Domain.Pathways;
using Internships.Domain.Roster;
using Internships.Infrastructure;
using Internships.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Internships.LoadTests.Roster;

internal sealed record RosterImportOptions(string DatabasePath, string ZipPath, bool DryRun, int Runs);

/// <summary>
/// Times the application's roster importer on a SQLite database without HTTP or the job server, phase by phase (the
/// phases it reports as its progress: reading, comparing, writing the schools, the students, the rest; then the
/// commit), each run in its own scope and transaction as the import command's unit of work would. Where
/// perf/roster/run-roster-import.sh measures what a coordinator waits, this shows where the time goes.
/// </summary>
internal sealed class RosterImportBenchmark(RosterImportOptions options, TextWriter output)
{
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Internships"] = $"Data Source={Path.GetFullPath(options.DatabasePath)}",
        });
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
        using var host = builder.Build();
        var zip = await File.ReadAllBytesAsync(options.ZipPath, cancellationToken);
        var progress = host.Services.GetRequiredService<RosterImportProgress>();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
            if (!await db.Pathways.AnyAsync(cancellationToken))
            {
                // The pathways perf/roster/run-roster-import.sh creates: some of the export's courses suggest enrolments.
                db.Pathways.AddRange(
                    new CareerPathway("Engineering", IndustrySector.EngineeringAndArchitecture, null, ["ENG-101", "ENG-201", "ENG-301"]),
                    new CareerPathway("Biomedical science", IndustrySector.HealthScienceAndMedicalTechnology, null, ["HSC-101", "HSC-201", "HSC-301"]));
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        for (var run = 1; run <= options.Runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<IClock>();
            var file = RosterImport.Upload(zip, Path.GetFileName(options.ZipPath), options.DryRun, null, "benchmark", null, clock.UtcNow);
            db.RosterImportFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
            var import = file.Import!;

            var total = Stopwatch.StartNew();
            var phase = Stopwatch.StartNew();
            var last = "";
            using var watching = new CancellationTokenSource();
            var watcher = Task.Run(async () =>
            {
                while (!watching.IsCancellationRequested)
                {
                    if (progress.Of(import.Id) is { } now && now != last)
                    {
                        Report(last, phase);
                        last = now;
                    }

                    await Task.Delay(10, CancellationToken.None);
                }
            }, CancellationToken.None);

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await scope.ServiceProvider.GetRequiredService<RosterImporter>().RunAsync(import, zip, cancellationToken);
                await watching.CancelAsync();
                await watcher;
                Report(last, phase);
                last = "Saving and committing";
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                Report(last, phase);
            }

            await output.WriteLineAsync($"run {run}: {import.Status} in {total.Elapsed.TotalSeconds:F1} s; students {import.Students}, schools {import.Schools}, "
                + $"suggestions {import.Suggestions}, errors {import.ErrorCount}");
            progress.Forget(import.Id);
        }

        return 0;

        void Report(string name, Stopwatch phase)
        {
            // CPU time beside wall time: on a shared machine the wall time says as much about the neighbours.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            if (name.Length > 0)
            {
                output.WriteLine($"  {phase.Elapsed.TotalSeconds,6:F2} s wall {(cpu - _cpu).TotalSeconds,6:F2} s CPU  {name}");
            }

            _cpu = cpu;
            phase.Restart();
        }
    }
}
