using Hangfire;
using Internships.Application.Features.Reports;
using Internships.Domain.Reports;
using Internships.Infrastructure.Jobs;

namespace Internships.Infrastructure.Reports;

/// <summary>
/// Produces one report: sends <see cref="ProduceReportCommand"/> as the system identity. When the report could not
/// be produced (the command has recorded it Failed, with the reason), the job fails too, so Hangfire retries it.
/// </summary>
public sealed class GenerateReportJob(JobRunner jobs)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
    public async Task RunAsync(int reportId, CancellationToken cancellationToken)
    {
        var produced = await jobs.SendAsync(new ProduceReportCommand(reportId), cancellationToken);
        if (produced.Status == ReportStatus.Failed)
        {
            throw new InvalidOperationException($"Report {reportId} could not be produced; it is marked failed and will be tried again.");
        }
    }
}
