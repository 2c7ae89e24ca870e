using Internships.Application.Common.Diagnostics;
using Microsoft.AspNetCore.HttpLogging;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Internships.Web.Infrastructure;

/// <summary>
/// What the host tells operators (README, "Telemetry"): OpenTelemetry traces (ASP.NET Core, HttpClient, Npgsql or
/// SqlClient, the background jobs) and metrics (the same, plus the product's meter <see cref="ProductTelemetry.MeterName"/>), exported
/// by OTLP only when <see cref="OtlpEndpointSetting"/> is set; JSON console logs in Production, each line carrying the
/// trace id that problem details show; one Information line per request: method, path, status, duration. Never the
/// query string, which may carry a search for a student's name.
/// </summary>
public static class Telemetry
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceName = "internships";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsProduction())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                // The scope holds the trace and span ids (LoggerFactoryOptions.ActivityTrackingOptions).
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }

        builder.Services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode
                | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        builder.Services.AddSingleton<IHttpLoggingInterceptor, NoProbeLogging>();

        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        builder.Services.AddOpenTelemetry()
            // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, take precedence over this default.
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(o =>
                    {
                        o.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                        o.EnrichWithHttpResponse = (activity, _) => activity.SetTag("url.query", null);
                    })
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddSqlClientInstrumentation()
                    .AddSource(ProductTelemetry.JobsSourceName);
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddSqlClientInstrumentation()
                    .AddMeter(ProductTelemetry.MeterName);
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }
}

/// <summary>Health probes come every few seconds from every load balancer: not worth a log line each.</summary>
internal sealed class NoProbeLogging : IHttpLoggingInterceptor
{
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
    {
        if (logContext.HttpContext.Request.Path.StartsWithSegments("/health"))
        {
            logContext.LoggingFields = HttpLoggingFields.None;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
}
