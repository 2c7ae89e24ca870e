using System.Diagnostics;
using System.Net;
using Internships.Domain.Applications;
using Internships.Domain.Notifications;
using Internships.Domain.Postings;
using Internships.Domain.Reports;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Internships.IntegrationTests.Nodes;

/// <summary>
/// Several nodes as production runs them (docs/adr/0012): two Web nodes and one Worker, each its own process
/// (<c>dotnet Internships.Web.dll</c>), started at the same moment on one empty PostgreSQL database, with a real SMTP
/// server. What one node issues or changes, the others honour or see; the work they share is done once.
/// </summary>
[NonParallelizable]
public sealed class MultiNodeTests
{
    private const int Slots = 5;
    private const int Applicants = 200;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private string _databasePath = null!;
    private TestSmtpServer _smtp = null!;
    private NodeProcess _webA = null!;
    private NodeProcess _webB = null!;
    private NodeProcess _worker = null!;
    private District _district = null!;
    private Dictionary<string, string> _settings = null!;

    private string ConnectionString => PostgresForTheRun.Server.ConnectionString(TestDatabase.Name(_databasePath));

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _databasePath = InternshipsApiFactory.NewDatabasePath();
        TestDatabase.Prepare(_databasePath);
        var folder = Path.Combine(Path.GetTempPath(), "internships-nodes", Guid.NewGuid().ToString("N"));
        _smtp = new TestSmtpServer(TestSmtpServer.FreePort(), Path.Combine(folder, "maildir"));
        await _smtp.StartAsync();

        var settings = NodeSupport.Settings(ConnectionString, _smtp.Port, folder);
        // Small claims that run out soon: a worker killed while it holds some lets the next take them over quickly.
        settings["Notifications__BatchSize"] = "5";
        settings["Notifications__LeaseSeconds"] = "4";
        // Likewise for reports: one queued or started this long ago is handed to a job again, looked for every 5 s.
        settings["Reports__StalledAfter"] = "00:00:05";
        settings["Jobs__Schedules__reports-requeue-stalled"] = "*/5 * * * * *";
        _settings = settings;

        // All three at the same moment, on a database with nothing in it: each migrates and seeds as it starts.
        _webA = NodeProcess.Start("web-a", new Dictionary<string, string>(settings) { ["Host__Role"] = "Web" });
        _webB = NodeProcess.Start("web-b", new Dictionary<string, string>(settings) { ["Host__Role"] = "Web" });
        _worker = NodeProcess.Start("worker", new Dictionary<string, string>(settings) { ["Host__Role"] = "Worker" });
        await Task.WhenAll(_webA.WaitUntilReadyAsync(StartTimeout), _webB.WaitUntilReadyAsync(StartTimeout),
            _worker.WaitUntilReadyAsync(StartTimeout));

        _district = await District.CreateAsync(_webA.NewClient);
    }

    /// <summary>
    /// Each test starts with a running worker and a prompt mail server, whatever the test before it did: a kill test that
    /// failed half-way may have left the worker frozen, killed or not yet replaced.
    /// </summary>
    [SetUp]
    public async Task EnsureWorkerAsync()
    {
        _smtp.AcceptEachAfter(TimeSpan.Zero);
        if (!_worker.HasExited)
        {
            _worker.Signal("CONT");
            return;
        }

        await _worker.DisposeAsync();
        _worker = NodeProcess.Start("worker-replacement", new Dictionary<string, string>(_settings) { ["Host__Role"] = "Worker" });
        await _worker.WaitUntilReadyAsync(StartTimeout);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var node in new[] { _webA, _webB, _worker })
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
            Directory.Delete(Path.GetDirectoryName(_smtp.Maildir)!, recursive: true);
        }

        if (_databasePath is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await TestDatabase.DeleteAsync(_databasePath);
        }
    }

    [Test]
    public async Task Nodes_started_together_on_an_empty_database_share_one_migration_history_and_one_job_server()
    {
        var (applied, known, roles) = await WithDbAsync(async db => (
            (await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList(), await db.Roles.CountAsync()));
        Assert.That(applied, Is.EqualTo(known), "one migration history, each migration once");
        Assert.That(await ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\""), Is.EqualTo(known.Count));
        Assert.That(roles, Is.EqualTo(Internships.Application.Common.Security.Roles.All.Count));
        Assert.That(await ScalarAsync("SELECT count(*) FROM \"AspNetUsers\" WHERE \"Email\" = @p", InternshipsApiFactory.AdminEmail), Is.EqualTo(1));

        // Only workers run a job server (Hangfire names each "machine:process id:…"); they serve no pages or API.
        var servers = await WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT id AS \"Value\" FROM hangfire.server").ToListAsync());
        Assert.That(servers.Any(id => id.Contains($":{_worker.ProcessId}:")), Is.True, string.Join(", ", servers));
        Assert.That(servers.Where(id => id.Contains($":{_webA.ProcessId}:") || id.Contains($":{_webB.ProcessId}:")), Is.Empty, "no job server on a web node");
        using var worker = _worker.NewClient();
        Assert.That((await worker.GetAsync("/api/postings")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await worker.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await _webB.WithTokenOf(_district.Coordinator).GetAsync("/api/postings")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_token_issued_by_one_web_node_is_accepted_by_the_other()
    {
        // The coordinator signed in on node A; the token is sealed with the Data Protection keys kept in the database.
        var onB = _webB.WithTokenOf(_district.Coordinator);
        var schools = await onB.GetJsonAsync("/api/schools");
        Assert.That(schools, Is.Not.Null);

        var student = await _district.CreateAccountAsync("Student", studentId: (await NewStudentAsync()).StudentId);
        Assert.That((await _webB.WithTokenOf(student).GetAsync("/api/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var forged = _webB.NewClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8-not-a-token");
        Assert.That((await forged.GetAsync("/api/schools")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the test can fail");
    }

    [Test]
    public async Task A_posting_approved_through_one_node_is_found_on_the_other_within_two_seconds()
    {
        var pathwayId = await _district.CreatePathwayAsync();
        var employer = await _district.CreateEmployerWithAdminAsync();
        var onB = _webB.WithTokenOf(_district.Coordinator);
        var postingId = await _district.CreateDraftPostingAsync(employer, [pathwayId]);
        await employer.Client.PostJsonAsync($"/api/postings/{postingId}/submit");

        // Node B's catalogue is loaded and fresh (its periodic check is 10 s away) before node A approves.
        Assert.That(await SearchIdsAsync(onB, pathwayId), Does.Not.Contain(postingId));
        await _district.Coordinator.PostJsonAsync($"/api/postings/{postingId}/approve");
        var clock = Stopwatch.StartNew();
        while (!(await SearchIdsAsync(onB, pathwayId)).Contains(postingId))
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "node B still does not find the posting node A approved");
            await Task.Delay(50);
        }

        TestContext.Out.WriteLine($"Found on node B {clock.ElapsedMilliseconds} ms after node A's approval.");
    }

    [Test]
    public async Task Concurrent_accepts_spread_over_both_web_nodes_fill_exactly_the_slots()
    {
        // The 200 offers are made on a third host on the same database (in this process, with the tests' cheap password
        // hashing), so setting them up takes seconds; only the accepts go to the two web nodes, all at the same moment.
        var clock = Stopwatch.StartNew();
        var (scenario, students) = await SeedOffersAsync(Applicants);
        TestContext.Out.WriteLine($"{Applicants} offers made in {clock.ElapsedMilliseconds} ms.");
        var offers = students.Select((o, i) => (Client: (i % 2 == 0 ? _webA : _webB).WithTokenOf(o.Student), o.ApplicationId)).ToList();

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var accepts = offers.Select(async o =>
        {
            await go.Task;
            return await o.Client.PostAsync($"/api/applications/{o.ApplicationId}/accept");
        }).ToList();
        clock.Restart();
        go.SetResult();
        var responses = await Task.WhenAll(accepts);
        TestContext.Out.WriteLine($"{Applicants} accepts answered in {clock.ElapsedMilliseconds} ms.");

        var answers = string.Join(", ", responses.GroupBy(r => (int)r.StatusCode).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {g.Key}"));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(Slots), answers);
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(Applicants - Slots), answers);
        var (accepted, posting) = await WithDbAsync(async db => (
            await db.Applications.CountAsync(a => a.PostingId == scenario.PostingId && a.Status == ApplicationStatus.Accepted),
            await db.Postings.AsNoTracking().SingleAsync(p => p.Id == scenario.PostingId)));
        Assert.That(accepted, Is.EqualTo(Slots));
        Assert.That(posting.FilledSlots, Is.EqualTo(Slots));
        Assert.That(posting.Status, Is.EqualTo(PostingStatus.Filled));
    }

    [Test]
    public async Task Every_queued_email_is_delivered_exactly_once_by_the_worker()
    {
        // Applications through both web nodes queue e-mail (to the student and the employer); only the worker sends.
        var earlier = (await WaitUntilEverythingIsSentAsync()).ToHashSet();
        var scenario = await Scenario.CreateAsync(_district, slots: 10);
        for (var i = 0; i < 6; i++)
        {
            var student = await scenario.CreateEligibleStudentAsync(_district);
            var client = i % 2 == 0 ? student.Client! : _webB.WithTokenOf(student.Client!);
            await client.PostJsonAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "I would love to learn." },
                HttpStatusCode.Created);
        }

        var queued = (await WaitUntilEverythingIsSentAsync()).Where(id => !earlier.Contains(id)).ToList();

        var received = _smtp.Received().Select(m => m.Message.MessageId ?? "").Where(id => !earlier.Contains(id)).ToList();
        Assert.That(queued, Has.Count.GreaterThanOrEqualTo(12), "two messages for each application");
        Assert.That(received, Is.EquivalentTo(queued), "every queued message arrived, once");
    }

    [Test]
    public async Task A_worker_killed_while_it_delivers_e_mail_leaves_nothing_lost_or_stuck_for_the_next()
    {
        var scenario = await Scenario.CreateAsync(_district, slots: 30);
        var students = new List<StudentActor>();
        for (var i = 0; i < 16; i++)
        {
            students.Add(await scenario.CreateEligibleStudentAsync(_district));
        }

        await WaitUntilEverythingIsSentAsync();
        var before = _smtp.Received().Count;

        // The worker is frozen while 24 messages are queued (an application mails the student and the employer), then
        // killed with kill -9 the moment the first of them reaches the mail server: in the middle of its claims. The
        // mail server takes its time over each, so a test slowed by a busy machine still finds the worker mid-way.
        _smtp.AcceptEachAfter(TimeSpan.FromMilliseconds(400));
        _worker.Signal("STOP");
        foreach (var student in students.Take(12))
        {
            await District.ApplyAsync(student, scenario.PostingId);
        }

        _worker.Signal("CONT");
        var clock = Stopwatch.StartNew();
        while (_smtp.Received().Count == before)
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "the worker delivers nothing");
            await Task.Delay(10);
        }

        _worker.Kill();
        _smtp.AcceptEachAfter(TimeSpan.Zero);
        var unsent = await WithDbAsync(db => db.Notifications.CountAsync(n => n.Status != NotificationStatus.Sent));
        TestContext.Out.WriteLine($"Killed with {unsent} message(s) not yet recorded as sent.");
        Assert.That(unsent, Is.GreaterThan(0), "killed in the middle of the delivery");

        // A new worker takes over: the next dispatch (on the next commit that queues e-mail) finds the rest.
        await _worker.DisposeAsync();
        _worker = NodeProcess.Start("worker-2", new Dictionary<string, string>(_settings) { ["Host__Role"] = "Worker" });
        await _worker.WaitUntilReadyAsync(StartTimeout);
        foreach (var student in students.Skip(12))
        {
            await Task.Delay(TimeSpan.FromSeconds(4)); // the dead worker's claims run out (Notifications:LeaseSeconds)
            await District.ApplyAsync(student, scenario.PostingId);
        }

        var sent = await WaitUntilEverythingIsSentAsync();
        var received = _smtp.Received().GroupBy(m => m.Message.MessageId ?? "").ToDictionary(g => g.Key, g => g.Count());
        Assert.That(received.Keys, Is.EquivalentTo(sent), "every queued message arrived");
        Assert.That(received.Count(r => r.Value > 1), Is.LessThanOrEqualTo(1),
            "at most the message the server had accepted when the worker died is sent again, with the same Message-Id");
    }

    [Test]
    public async Task A_worker_killed_while_it_produces_reports_leaves_every_report_ready_once_for_the_next()
    {
        // The worker is frozen while the reports are asked for (through both web nodes), then killed with kill -9 as
        // soon as the first is ready: its other job thread is in the middle of one, and the rest are still queued.
        _worker.Signal("STOP");
        var ids = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            var coordinator = i % 2 == 0 ? _district.Coordinator : _webB.WithTokenOf(_district.Coordinator);
            var from = District.Today.AddYears(-1).AddDays(i);
            ids.Add(District.Id(await coordinator.PostJsonAsync("/api/reports/term-summary",
                new { name = $"Term {District.Next()}", from, to = District.Today }, HttpStatusCode.Accepted)));
        }

        _worker.Signal("CONT");
        var clock = Stopwatch.StartNew();
        while (await ReportsAsync(ids, ReportStatus.Ready) == 0)
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "the worker produces nothing");
            await Task.Delay(10);
        }

        _worker.Kill();
        var unfinished = ids.Count - await ReportsAsync(ids, ReportStatus.Ready);
        TestContext.Out.WriteLine($"Killed with {unfinished} of {ids.Count} reports not ready.");
        Assert.That(unfinished, Is.GreaterThan(0), "killed in the middle of the reports");

        // A new worker: the queued jobs run on it, and the requeue job (Reports:StalledAfter, its schedule shortened
        // here) hands it again the ones the dead worker had taken.
        await _worker.DisposeAsync();
        _worker = NodeProcess.Start("worker-3", new Dictionary<string, string>(_settings) { ["Host__Role"] = "Worker" });
        await _worker.WaitUntilReadyAsync(StartTimeout);
        clock.Restart();
        while (await ReportsAsync(ids, ReportStatus.Ready) < ids.Count)
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(90)),
                $"{ids.Count - await ReportsAsync(ids, ReportStatus.Ready)} report(s) still not ready after the new worker started");
            await Task.Delay(250);
        }

        TestContext.Out.WriteLine($"Every report ready {clock.ElapsedMilliseconds} ms after the new worker started.");
        var (stuck, files) = await WithDbAsync(async db => (
            await db.Reports.CountAsync(r => ids.Contains(r.Id) && r.Status != ReportStatus.Ready),
            await db.ReportFiles.Where(f => ids.Contains(f.ReportId)).Select(f => f.ReportId).ToListAsync()));
        Assert.That(stuck, Is.Zero, "nothing queued, running or failed");
        Assert.That(files, Is.EquivalentTo(ids), "one file for each report, none twice");
    }

    [Test]
    public async Task A_completion_handled_on_both_nodes_awards_one_badge_whose_credential_from_one_verifies_with_the_others_keys()
    {
        var scenario = await PlacementScenario.CreateAsync(_district, activate: true);
        // A badge that expires, so its credential carries the "exp" the token validation asks for.
        var badgeId = District.Id(await BadgeBuilder.CreateAsync(_district,
            BadgeBuilder.Body(awardRule: new { pathwayId = scenario.PathwayId }, validityMonths: 12)));
        await scenario.LogApprovedHoursAsync(PlacementScenario.RequiredHours);
        await scenario.SubmitEvaluationAsync("Midpoint");
        await scenario.SubmitEvaluationAsync("Final");

        // The supervisor's "complete" reaches node A and node B at the same moment (a double click behind a balancer).
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var completions = new[] { scenario.Supervisor.Client, _webB.WithTokenOf(scenario.Supervisor.Client) }.Select(async client =>
        {
            await go.Task;
            return await client.PostAsync($"{scenario.Url}/complete");
        }).ToList();
        go.SetResult();
        var answers = (await Task.WhenAll(completions)).Select(r => (int)r.StatusCode).ToList();
        Assert.That(answers, Has.Some.EqualTo(200).And.All.AnyOf(200, 409), string.Join(", ", answers));

        var awards = await WithDbAsync(db => db.BadgeAwards.AsNoTracking()
            .Where(a => a.PlacementId == scenario.PlacementId && a.BadgeClassId == badgeId).Select(a => a.PublicId).ToListAsync());
        Assert.That(awards, Has.Count.EqualTo(1), "one badge, whichever node completed the placement");

        using var nodeA = _webA.NewClient();
        using var nodeB = _webB.NewClient();
        var jwt = await nodeA.GetStringAsync($"/ob/v3/credentials/{awards[0]}");
        var keys = new JsonWebKeySet(await nodeB.GetStringAsync("/.well-known/jwks.json"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateAudience = false,
            ValidateIssuer = false,
        });

        Assert.That(result.IsValid, Is.True, result.Exception?.ToString());
        Assert.That(keys.Keys.Select(k => k.Kid), Does.Contain(((JsonWebToken)result.SecurityToken).Kid));
    }

    [Test]
    public async Task An_award_revoked_through_one_node_is_served_as_revoked_at_once_by_the_other_that_had_it_cached()
    {
        var student = await _district.CreateStudentAsync(await _district.CreateSchoolAsync(), []);
        var badge = await BadgeBuilder.CreateAsync(_district, BadgeBuilder.Body(kind: "Capacity"));
        var award = await _district.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards",
            new { studentId = student.StudentId }, HttpStatusCode.Created);
        var id = award["id"]!.GetValue<string>();
        using var nodeB = _webB.NewClient();
        // Node B reads the page and the baked image twice: the second answer comes from its cache.
        for (var i = 0; i < 2; i++)
        {
            Assert.That(await nodeB.GetStringAsync($"/badges/{id}"), Does.Contain("status-Valid"));
            Assert.That((await nodeB.GetAsync($"/ob/v3/credentials/{id}/image")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        await _district.Coordinator.PostJsonAsync($"/api/awards/{id}/revoke", new { reason = "Awarded to the wrong student." });

        Assert.That(await nodeB.GetStringAsync($"/badges/{id}"), Does.Contain("status-Revoked").And.Not.Contain("status-Valid"));
        Assert.That((await nodeB.GetAsync($"/ob/v3/credentials/{id}/image")).StatusCode, Is.EqualTo(HttpStatusCode.Gone));
    }

    [Test]
    public async Task Rotating_the_issuer_key_from_the_command_line_reaches_every_node_and_keeps_the_old_key_published()
    {
        var before = await KeyIdsAsync(_webA);
        Assert.That(await KeyIdsAsync(_webB), Is.EqualTo(before), "both nodes publish the same keys, from the database");

        var (exitCode, output) = await NodeProcess.RunAsync(_settings, "issuer-keys", "rotate");
        Assert.That(exitCode, Is.EqualTo(0), output);
        var rotated = output.Split('\n').Single(l => l.Contains("now signs")).Split(' ')[0];

        await Task.Delay(TimeSpan.FromSeconds(1.5)); // OpenBadges:KeyRefreshInterval on these nodes
        foreach (var node in new[] { _webA, _webB })
        {
            var after = await KeyIdsAsync(node);
            Assert.That(after[0], Does.EndWith("/" + rotated), $"{node.Name} signs with the new key");
            Assert.That(after, Is.SupersetOf(before), $"{node.Name} still publishes the retired keys");
        }
    }

    [Test]
    public async Task Retiring_an_issuer_key_from_the_command_line_keeps_it_published_unless_told_and_never_leaves_none_signing()
    {
        var retired = (await KeyIdsAsync(_webA))[0].Split('/')[^1]; // the JWKS makes the first key when there is none
        var (exitCode, output) = await NodeProcess.RunAsync(_settings, "issuer-keys", "rotate");
        Assert.That(exitCode, Is.EqualTo(0), output);
        var signing = output.Split('\n').Single(l => l.Contains("now signs")).Split(' ')[0];
        Assert.That(output.Split('\n').Where(l => l.EndsWith("signs")).Select(l => l.Split(' ')[0]), Is.EqualTo(new[] { signing }),
            "the new key is the one key listed as signing; the others are retired");
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // OpenBadges:KeyRefreshInterval on these nodes

        (exitCode, output) = await NodeProcess.RunAsync(_settings, "issuer-keys", "retire", signing);
        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain($"Refusing to retire {signing}: it is the only key that signs. Run issuer-keys rotate first"));
        (exitCode, output) = await NodeProcess.RunAsync(_settings, "issuer-keys", "retire", "no-such-key");
        Assert.That((exitCode, output.Contains("there is no such key")), Is.EqualTo((1, true)), output);

        (exitCode, output) = await NodeProcess.RunAsync(_settings, "issuer-keys", "retire", retired);
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain($"{retired} is retired"));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        foreach (var node in new[] { _webA, _webB })
        {
            var published = await KeyIdsAsync(node);
            Assert.That(published[0], Does.EndWith("/" + signing), $"{node.Name} still signs with the one active key");
            Assert.That(published, Has.Some.EndWith("/" + retired), $"{node.Name} still publishes the retired key");
        }

        (exitCode, output) = await NodeProcess.RunAsync(_settings, "issuer-keys", "retire", retired, "--unpublish");
        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain($"{retired} is deleted").And.Not.Contain($"{retired}  created"), "no longer listed");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        foreach (var node in new[] { _webA, _webB })
        {
            var published = await KeyIdsAsync(node);
            Assert.That(published[0], Does.EndWith("/" + signing), $"{node.Name} signs with the same key");
            Assert.That(published, Has.None.EndWith("/" + retired), $"{node.Name} no longer publishes the unpublished key");
        }
    }

    [Test]
    public async Task Production_refuses_to_start_with_one_line_when_the_public_base_url_is_local()
    {
        var production = new Dictionary<string, string>(_settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["OpenBadges__PublicBaseUrl"] = "http://localhost:5080",
        };
        var (exitCode, output) = await NodeProcess.RunAsync(production);

        Assert.That(exitCode, Is.EqualTo(1), output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Exactly(1).Contains("OpenBadges:PublicBaseUrl").And.StartsWith("Refusing to start: "), output);
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public async Task A_node_refuses_to_start_with_one_line_when_the_key_ring_certificate_cannot_be_loaded()
    {
        var missing = new Dictionary<string, string>(_settings) { ["DataProtection__CertificatePath"] = "/nonexistent/key-ring.pfx" };
        var (exitCode, output) = await NodeProcess.RunAsync(missing);

        Assert.That(exitCode, Is.EqualTo(1), output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Exactly(1).Contains("DataProtection:CertificatePath cannot be loaded").And.StartsWith("Refusing to start: "), output);
        Assert.That(output, Does.Not.Contain("   at "), "no stack trace");
    }

    private Task<(Scenario Scenario, List<(ApiClient Student, int ApplicationId)> Offers)> SeedOffersAsync(int count) =>
        NodeSupport.SeedOffersAsync(_databasePath, Slots, count);

    private Task<int> ReportsAsync(List<int> ids, ReportStatus status) =>
        WithDbAsync(db => db.Reports.CountAsync(r => ids.Contains(r.Id) && r.Status == status));

    private static async Task<List<string>> KeyIdsAsync(NodeProcess node)
    {
        using var http = node.NewClient();
        var jwks = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync("/.well-known/jwks.json"))!;
        return jwks["keys"]!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).ToList();
    }

    /// <summary>Waits until the outbox has nothing left to send; returns every message's Message-Id.</summary>
    private async Task<List<string>> WaitUntilEverythingIsSentAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (pending, all) = await WithDbAsync(async db => (
                await db.Notifications.CountAsync(n => n.Status != NotificationStatus.Sent),
                await db.Notifications.Select(n => n.MessageId).ToListAsync()));
            if (pending == 0)
            {
                return all;
            }

            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(90)), $"{pending} of {all.Count} messages still not sent");
            await Task.Delay(250);
        }
    }

    private async Task<StudentActor> NewStudentAsync()
    {
        var schoolId = await _district.CreateSchoolAsync();
        return await _district.CreateStudentAsync(schoolId, [], withAccount: false);
    }

    private static async Task<List<int>> SearchIdsAsync(ApiClient client, int pathwayId)
    {
        var page = await client.GetJsonAsync($"/api/postings?pathwayId={pathwayId}");
        return page["items"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()).ToList();
    }

    private Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> read) => NodeSupport.WithDbAsync(ConnectionString, read);

    private async Task<long> ScalarAsync(string sql, string? parameter = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
