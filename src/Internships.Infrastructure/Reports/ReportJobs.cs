using Hangfire;
using Internships.Application.Features.Reports;
using Internships.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Reports;

/// <summary>At term end: once a day, requests the summary of a district term that has just ended (see <see cref="RequestTermEndSummaryCommand"/>).</summary>
public sealed class RequestTermSummaryJob(JobRunner jobs, IClock clock, IOptions<ReportOptions> options)
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await jobs.SendAsync(new RequestTermEndSummaryCommand(clock.Today, options.Value.TermSummaryWindowDays), cancellationToken);
}

/// <summary>Hands each stalled report (see <see cref="ListStalledReportsQuery"/>) to a <see cref="GenerateReportJob"/> again.</summary>
public sealed class RequeueStalledReportsJob(JobRunner jobs, IBackgroundJobClient client, IOptions<ReportOptions> options)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await jobs.SendAsync(new ListStalledReportsQuery(options.Value.StalledAfter), cancellationToken))
        {
            client.Enqueue<GenerateReportJob>(j => j.RunAsync(id, CancellationToken.None));
        }
    }
}
