using System.Diagnostics.Metrics;
using Internships.Application.Common.Diagnostics;
using Internships.Domain.Notifications;
using Internships.Domain.Reports;
using Internships.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Telemetry;

/// <summary>Settings of the product's telemetry (section "Telemetry").</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>How often the outbox and report queue gauges count their rows.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Gauges of the product's meter that need the database: the e-mail outbox's backlog (queued or being sent) and the
/// messages given up (Failed), and the report queue (queued or running). A metric reader calls a gauge synchronously,
/// so the counts are not queried then: this service counts every <see cref="TelemetryOptions.SampleInterval"/> once
/// the database is ready, and the gauges report the last counts (nothing before the first).
/// </summary>
internal sealed class OutboxAndReportGauges : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly DatabaseReadiness _readiness;
    private readonly IOptions<TelemetryOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxAndReportGauges> _logger;
    private Counts? _last;

    public OutboxAndReportGauges(IServiceScopeFactory scopes, DatabaseReadiness readiness, IOptions<TelemetryOptions> options, TimeProvider time,
        IMeterFactory meters, ILogger<OutboxAndReportGauges> logger)
    {
        _scopes = scopes;
        _readiness = readiness;
        _options = options;
        _time = time;
        _logger = logger;
        var meter = meters.Create(ProductTelemetry.MeterName);
        meter.CreateObservableGauge("internships.email.outbox.backlog", () => Observe(c => c.Backlog), "{message}",
            "E-mail messages queued or being sent");
        meter.CreateObservableGauge("internships.email.outbox.failed", () => Observe(c => c.Failed), "{message}",
            "E-mail messages given up after the last attempt");
        meter.CreateObservableGauge("internships.reports.queue.length", () => Observe(c => c.Reports), "{report}",
            "Reports queued or being generated");
    }

    private IEnumerable<Measurement<long>> Observe(Func<Counts, long> value) =>
        Volatile.Read(ref _last) is { } last ? [new Measurement<long>(value(last))] : [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _readiness.WhenReady.WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return; // The database never became ready: DatabaseStartup has said why and stopped the host.
        }

        using var timer = new PeriodicTimer(_options.Value.SampleInterval, _time);
        do
        {
            try
            {
                Volatile.Write(ref _last, await CountAsync(stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning("The outbox and report gauges could not count their rows: {ErrorType}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<Counts> CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var backlog = await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Pending || n.Status == NotificationStatus.Sending,
            cancellationToken);
        var failed = await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Failed, cancellationToken);
        var reports = await db.Reports.CountAsync(r => r.Status == ReportStatus.Queued || r.Status == ReportStatus.Running, cancellationToken);
        return new Counts(backlog, failed, reports);
    }

    private sealed record Counts(long Backlog, long Failed, long Reports);
}

public static class TelemetryRegistration
{
    /// <summary>The gauges that count rows (<see cref="OutboxAndReportGauges"/>); the rest of the meter is static (<see cref="ProductTelemetry"/>).</summary>
    public static IServiceCollection AddProductMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TelemetryOptions>(configuration.GetSection(TelemetryOptions.Section));
        services.AddMetrics();
        services.AddHostedService<OutboxAndReportGauges>();
        return services;
    }
}
