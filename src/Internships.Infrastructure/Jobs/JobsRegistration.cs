using System.ComponentModel.DataAnnotations;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Internships.Infrastructure.Email;
using Internships.Infrastructure.Nodes;
using Internships.Infrastructure.Persistence;
using Internships.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Jobs;

/// <summary>Settings of the job server (section "Jobs").</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Run a Hangfire server in this host (Host:Role All only: a Web node never runs one, a Worker always does). Off, jobs
    /// are still stored and shown, and run by another instance.
    /// </summary>
    public bool RunServer { get; set; } = true;

    [Range(1, 100)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>Cron overrides by recurring job id (see <see cref="RecurringJobs"/>); "never" turns one off.</summary>
    public Dictionary<string, string> Schedules { get; set; } = [];
}

public static class JobsRegistration
{
    /// <summary>
    /// Hangfire: in-memory storage for the embedded SQLite default; with PostgreSQL or SQL Server, storage in the
    /// application database (its own schema: "hangfire", "HangFire"), so several instances share the work; a server in
    /// this host, started once the database is ready; the recurring jobs registered then too.
    /// </summary>
    public static IServiceCollection AddBackgroundJobs(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider,
        string? connectionString, HostRoleOptions node)
    {
        services.AddValidatedOptions<JobsOptions>(configuration, JobsOptions.Section);
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();

        services.AddSingleton<JobStorage>(_ => provider switch
        {
            DatabaseProvider.SqlServer => new SqlServerStorage(() => new Microsoft.Data.SqlClient.SqlConnection(connectionString), new SqlServerStorageOptions
            {
                SchemaName = "HangFire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(5),
            }),
            DatabaseProvider.PostgreSql => PostgreSqlJobStorage.Create(connectionString!),
            _ => new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) }),
        });
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.AddSingleton<IDatabaseStartupStep>(new PostgreSqlJobStorage.InstallSchema(connectionString!));
        }

        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HostLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>())))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));

        if (node.RunsJobs(jobs.RunServer))
        {
            services.AddHangfireServer((_, o) =>
            {
                o.WorkerCount = Math.Max(1, jobs.WorkerCount);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(15);
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });

            // Its workers read job storage, which is in the database: they start when the database is ready.
            services.StartWhenDatabaseReady(services.Last(d => d.ServiceType == typeof(IHostedService)));
        }

        services.AddSingleton<JobRunner>();
        var jobsRunHere = node.RunsJobs(jobs.RunServer);
        services.AddSingleton(sp => new DispatchSignal(sp.GetRequiredService<TimeProvider>(), jobsRunHere));
        services.AddScoped<DispatchNotificationsJob>();
        services.AddScoped<QueueHoursDigestsJob>();
        services.AddScoped<QueueEvaluationRemindersJob>();
        services.AddHostedService<RecurringJobsRegistrar>();
        services.StartWhenDatabaseReady(services.Last(d => d.ServiceType == typeof(IHostedService)));
        return services;
    }

    private sealed class RecurringJobsRegistrar(IRecurringJobManager manager, IOptions<JobsOptions> jobs, IOptions<DistrictOptions> district)
        : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var options = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(district.Value.TimeZone) };
            RecurringJobs.Register(manager,
                id => jobs.Value.Schedules.TryGetValue(id, out var cron) && !string.IsNullOrWhiteSpace(cron) ? cron : RecurringJobs.DefaultSchedules[id],
                options);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
