using Hangfire;
using Hangfire.InMemory;
using Internships.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Reports;

/// <summary>
/// A minimal Hangfire (in-memory storage, one server) so the report jobs run on this branch. The application's real
/// Hangfire set-up (SQL Server storage, the /jobs dashboard, every recurring job) replaces this file: it needs only to
/// call <see cref="ReportJobs.RegisterRecurring"/>.
/// </summary>
public static class ReportsHangfireBootstrap
{
    public static IServiceCollection AddReportsHangfire(this IServiceCollection services)
    {
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage(new InMemoryStorageOptions()));
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        services.AddHostedService<RecurringReportJobsRegistration>();
        return services;
    }

    private sealed class RecurringReportJobsRegistration(IRecurringJobManager jobs, IOptions<DistrictOptions> district) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            ReportJobs.RegisterRecurring(jobs, TimeZoneInfo.FindSystemTimeZoneById(district.Value.TimeZone));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
