using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// /health/live says the process answers; /health/ready (and /health, its old address) that the node can serve: its
/// database and job storage answer, and e-mail is moving. (A database that is down: Internships.IntegrationTests.PostgreSql.)
/// </summary>
public sealed class HealthTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Live_answers_without_signing_in()
    {
        var response = await District.Anonymous.GetAsync("/health/live");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [TestCase("/health/ready")]
    [TestCase("/health")]
    public async Task Ready_names_each_check_without_signing_in(string address)
    {
        var response = await District.Anonymous.GetAsync(address);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That(report["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        var checks = report["checks"]!.AsObject();
        Assert.That(checks.Select(c => c.Key), Is.EquivalentTo(new[] { "database", "jobs", "outbox" }));
        Assert.That(checks.Select(c => c.Value!["status"]!.GetValue<string>()), Is.All.EqualTo("Healthy"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task An_outbox_nobody_delivers_makes_ready_degraded_but_still_serving()
    {
        // A node with no job server, whose e-mail therefore waits: one message, due well before the limit.
        var path = InternshipsApiFactory.NewDatabasePath();
        await using (var host = new InternshipsApiFactory(path, settings: new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "false",
            ["Notifications:DispatchOnCommit"] = "false",
            ["Health:OutboxStuckAfter"] = "00:10:00",
        }))
        {
            var anonymous = ApiClient.Anonymous(host);
            Assert.That((await anonymous.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await host.WithDbAsync(async db =>
            {
                db.Notifications.Add(new Notification(NotificationKind.PostingApproved, new NotificationRecipient("late@tests.local", "Late"),
                    new NotificationContent("Late", "Late", "<p>Late</p>"), "tests.local", deduplicationKey: null, suppressed: false,
                    DateTime.UtcNow.AddMinutes(-30)));
                return await db.SaveChangesAsync();
            });

            var response = await anonymous.GetAsync("/health/ready");

            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.That(report["status"]!.GetValue<string>(), Is.EqualTo("Degraded"));
            Assert.That(report["checks"]!["outbox"]!["status"]!.GetValue<string>(), Is.EqualTo("Degraded"));
            Assert.That(report["checks"]!["outbox"]!["description"]!.GetValue<string>(), Does.Contain("1 e-mail message(s)"));
            Assert.That(report["checks"]!["database"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
            Assert.That((await anonymous.GetAsync("/api/pathways")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized),
                "the node still serves requests");
        }

        await TestDatabase.DeleteAsync(path);
    }
}
