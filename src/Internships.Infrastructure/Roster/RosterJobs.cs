using Hangfire;
using Internships.Application.Features.Roster;
using Internships.Infrastructure.Jobs;

namespace Internships.Infrastructure.Roster;

/// <summary>Imports one uploaded roster: sends <see cref="ProcessRosterImportCommand"/> as the system identity.</summary>
public sealed class RunRosterImportJob(JobRunner jobs)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public async Task RunAsync(int importId, CancellationToken cancellationToken) =>
        await jobs.SendAsync(new ProcessRosterImportCommand(importId), cancellationToken);
}

/// <summary>Hands each stalled import (see <see cref="ListStalledRosterImportsQuery"/>) to a <see cref="RunRosterImportJob"/> again.</summary>
public sealed class RequeueStalledRosterImportsJob(JobRunner jobs, IBackgroundJobClient client)
{
    /// <summary>Longer than the largest import takes (a 100,000-student district: well under a minute).</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromMinutes(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await jobs.SendAsync(new ListStalledRosterImportsQuery(StalledAfter), cancellationToken))
        {
            client.Enqueue<RunRosterImportJob>(j => j.RunAsync(id, CancellationToken.None));
        }
    }
}
