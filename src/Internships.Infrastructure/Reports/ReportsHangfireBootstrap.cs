using Hangfire;
using Hangfire.InMemory;
using Hangfire.Logging;
using Internships.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new HostLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(sp.GetRequiredService<ILoggerFactory>())))
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

    /// <summary>
    /// Hangfire keeps its log provider in a static: with several hosts in one process (the integration tests start a
    /// few), the last one configured wins, and once that host stops its logger factory is disposed and every enqueue
    /// elsewhere would throw. This provider stops logging instead.
    /// </summary>
    private sealed class HostLogProvider(ILogProvider inner) : ILogProvider
    {
        public ILog GetLogger(string name)
        {
            try
            {
                return new SafeLog(inner.GetLogger(name));
            }
            catch (ObjectDisposedException)
            {
                return new SafeLog(null);
            }
        }

        private sealed class SafeLog(ILog? inner) : ILog
        {
            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
            {
                try
                {
                    return inner?.Log(logLevel, messageFunc!, exception) ?? false;
                }
                catch (ObjectDisposedException)
                {
                    return false;
                }
            }
        }
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
