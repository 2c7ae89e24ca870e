using System.Diagnostics;
using System.Net;
using Internships.Application.Common.Diagnostics;
using Internships.Application.Features.Notifications;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// The host's OpenTelemetry, read with the in-memory exporter instead of OTLP: a request is a server span named after
/// its route, without its query string; a background job run through <see cref="JobRunner"/> is a span of the jobs
/// source; and the product's meter reports the search latency, the e-mail outbox and the report queue beside ASP.NET
/// Core's own request metrics.
/// </summary>
public sealed class TelemetryTests
{
    [Test]
    public async Task A_request_is_a_span_and_the_product_meters_report_values()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var path = InternshipsApiFactory.NewDatabasePath();
        await using (var host = new InternshipsApiFactory(path, settings: new Dictionary<string, string?>
        {
            ["Telemetry:SampleInterval"] = "00:00:00.100",
        }, testServices: services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))))
        {
            var district = await District.CreateAsync(host);
            await district.Coordinator.GetJsonAsync("/api/postings?q=Welding+Jane+Doe&page=1");
            await host.Services.GetRequiredService<JobRunner>().SendAsync(new DeliverNotificationsRequest(), CancellationToken.None);

            var search = await EventuallyAsync(() => Spans(spans).FirstOrDefault(s => s.Kind == ActivityKind.Server && Tag(s, "http.route") == "/api/postings/"));
            Assert.That(search, Is.Not.Null, $"a server span for the search among: {string.Join(", ", Spans(spans).Select(s => s.DisplayName))}");
            Assert.Multiple(() =>
            {
                Assert.That(search!.DisplayName, Is.EqualTo("GET /api/postings/"));
                Assert.That(Tag(search, "http.response.status_code"), Is.EqualTo("200"));
                Assert.That(search.TagObjects.Select(t => t.Key), Has.None.EqualTo("url.query"), "a search may name a student: no query string");
                Assert.That(Spans(spans).Where(s => s.Source.Name == ProductTelemetry.JobsSourceName).Select(s => s.DisplayName),
                    Does.Contain("job DeliverNotificationsRequest"));
            });

            var meterProvider = host.Services.GetRequiredService<MeterProvider>();
            var reported = await EventuallyAsync(() =>
            {
                lock (metrics)
                {
                    metrics.Clear();
                    meterProvider.ForceFlush();
                    var names = metrics.Select(m => m.Name).ToHashSet();
                    return names.Contains("internships.email.outbox.backlog") && names.Contains("internships.reports.queue.length") ? names : null;
                }
            });

            Assert.That(reported, Is.Not.Null, "the gauges report once the database has been counted");
            Assert.That(reported, Is.SupersetOf(new[]
            {
                "internships.search.duration", "internships.jobs.duration", "internships.email.outbox.backlog", "internships.email.outbox.failed",
                "internships.reports.queue.length", "http.server.request.duration",
            }));
            lock (metrics)
            {
                Assert.That(Points(metrics, "internships.search.duration").Sum(p => p.GetHistogramCount()), Is.GreaterThanOrEqualTo(1));
                Assert.That(Points(metrics, "internships.email.outbox.backlog").Select(p => p.GetGaugeLastValueLong()), Is.All.GreaterThanOrEqualTo(0));
                Assert.That(Points(metrics, "internships.jobs.duration").Sum(p => p.GetHistogramCount()), Is.GreaterThanOrEqualTo(1));
            }
        }

        await TestDatabase.DeleteAsync(path);
    }

    [Test]
    public async Task With_an_OTLP_endpoint_set_traces_and_metrics_are_exported_to_it()
    {
        // A collector's stand-in: it records which OTLP/HTTP paths were posted to and answers 200.
        using var collector = new HttpListener();
        var port = FreePort();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var posted = new HashSet<string>();
        var receiving = Task.Run(async () =>
        {
            try
            {
                while (collector.IsListening)
                {
                    var context = await collector.GetContextAsync();
                    lock (posted)
                    {
                        posted.Add($"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath} {context.Request.ContentType}");
                    }

                    context.Response.StatusCode = 200;
                    context.Response.Close();
                }
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                // Stopped.
            }
        });

        var path = InternshipsApiFactory.NewDatabasePath();
        await using (var host = new InternshipsApiFactory(path, settings: new Dictionary<string, string?>
        {
            [Internships.Web.Infrastructure.Telemetry.OtlpEndpointSetting] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }))
        {
            await (await ApiClient.Anonymous(host).GetAsync("/api/postings")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
            await Task.Delay(200); // the server span ends just after the response
            host.Services.GetRequiredService<TracerProvider>().ForceFlush();
            host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        }

        collector.Stop();
        await receiving;
        await TestDatabase.DeleteAsync(path);
        Assert.That(posted, Is.SupersetOf(new[] { "POST /v1/traces application/x-protobuf", "POST /v1/metrics application/x-protobuf" }));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static List<Activity> Spans(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    private static string? Tag(Activity span, string name) => span.TagObjects.FirstOrDefault(t => t.Key == name).Value?.ToString();

    private static List<MetricPoint> Points(List<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        return points;
    }

    /// <summary>A server span ends just after its response is sent, and the gauges count a moment after start: wait a little.</summary>
    private static async Task<T?> EventuallyAsync<T>(Func<T?> probe) where T : class
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return null;
    }
}
