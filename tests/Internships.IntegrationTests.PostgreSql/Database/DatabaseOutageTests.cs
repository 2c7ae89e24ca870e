using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// The database goes away: before a node starts, and while it serves. These tests stop and start a PostgreSQL server of
/// their own (not the run's, which the other tests share), as an administrator or a failover would.
/// </summary>
[NonParallelizable]
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private PostgresServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await PostgresServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [SetUp]
    public Task ServerRuns() => _server.StartAgainAsync();

    [Test]
    public async Task A_node_started_while_its_database_is_down_waits_answers_503_and_serves_once_it_is_up()
    {
        var database = $"outage_{Guid.NewGuid():N}";
        await _server.CreateDatabaseAsync(database);
        await _server.StopAsync();
        var logs = new CapturedLogs();

        // Starting does not fail: the node waits for its database.
        await using var host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), settings: OnOwnServer(database),
            testServices: services => services.AddSingleton<ILoggerProvider>(logs));
        var anonymous = ApiClient.Anonymous(host);

        await (await anonymous.GetAsync("/health/live")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var ready = await anonymous.GetAsync("/health/ready");
        await ready.ShouldHaveStatusAsync(HttpStatusCode.ServiceUnavailable);
        var report = (await ready.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That(report["checks"]!["database"]!["status"]!.GetValue<string>(), Is.EqualTo("Unhealthy"));
        var refused = await anonymous.PostAsync("/api/auth/login", new { email = InternshipsApiFactory.AdminEmail, password = InternshipsApiFactory.AdminPassword });
        await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null, "says when to try again");
        Assert.That(logs.Lines, Has.Some.Contains("The database cannot be reached").And.Contains("Retrying in 1 s"));

        await _server.StartAgainAsync();
        await WaitUntilReadyAsync(anonymous);

        await ApiClient.SignInAsync(host, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        var (applied, known) = await host.WithDbAsync(async db => (
            (await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList()));
        Assert.That(applied, Is.EqualTo(known), "migrated once it could be, wholly");
        Assert.That(logs.Lines, Has.Some.Contains("reachable again"));
    }

    [Test]
    public async Task A_database_lost_while_serving_answers_503_problem_writes_nothing_and_the_node_recovers_by_itself()
    {
        var database = $"outage_{Guid.NewGuid():N}";
        await _server.CreateDatabaseAsync(database);
        await using var host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), settings: OnOwnServer(database));
        var district = await District.CreateAsync(host);
        var code = $"LOST-{District.Next()}";

        await _server.StopAsync();

        var refused = await district.Coordinator.PostAsync("/api/schools", new { name = "Lost and found", code, city = "Fresno" });
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("nothing was changed"));
        Assert.That(refused.Headers.RetryAfter, Is.Not.Null);
        await (await district.Coordinator.GetAsync("/api/schools")).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        await (await district.Anonymous.GetAsync("/health/ready")).ShouldHaveStatusAsync(HttpStatusCode.ServiceUnavailable);
        await (await district.Anonymous.GetAsync("/health/live")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await _server.StartAgainAsync();

        // No restart, no intervention: the same request now succeeds, and finds nothing left of the refused one
        // (the code is unique: a half-written school would make it a 409).
        await district.Coordinator.PostJsonAsync("/api/schools", new { name = "Lost and found", code, city = "Fresno" }, HttpStatusCode.Created);
        Assert.That(await host.WithDbAsync(db => db.Schools.CountAsync(s => s.Code == code)), Is.EqualTo(1));
        await WaitUntilReadyAsync(district.Anonymous);
    }

    /// <summary>The host's database on this fixture's server; retries kept short, so an outage is reported in seconds.</summary>
    private Dictionary<string, string?> OnOwnServer(string database) => new()
    {
        ["ConnectionStrings:Internships"] = _server.ConnectionString(database),
        ["Database:StartupRetryDelay"] = "00:00:01",
        ["Database:MaxRetryCount"] = "2",
        ["Database:MaxRetryDelay"] = "00:00:01",
        ["Logging:LogLevel:Internships.Infrastructure.Persistence"] = "Information",
    };

    private static async Task WaitUntilReadyAsync(ApiClient anonymous)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await anonymous.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.That(waited.Elapsed, Is.LessThan(Patience), "the node did not become ready once its database was back");
            await Task.Delay(250);
        }
    }
}
