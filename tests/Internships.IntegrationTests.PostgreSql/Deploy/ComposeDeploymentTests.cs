using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Internships.UnitTests.Deploy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Internships.IntegrationTests.Deploy;

/// <summary>
/// deploy/compose.yaml, as far as it runs without containers: its schema job (deploy/postgres/prepare-database.sh, with
/// the environment the compose file gives it) prepares an empty server, twice; then the web host starts in Production
/// with the settings the compose file and the Dockerfile give a web node, on the least-privileged login the job
/// created, and answers /health/live and /health/ready, signs its bootstrap administrator in and writes rows. It logs
/// as production does: JSON on the console with the trace in each line's scope, and one line per request without its
/// query string.
/// </summary>
public sealed class ComposeDeploymentTests
{
    private static PostgresServer Server => PostgresForTheRun.Server;

    [Test]
    public async Task The_schema_job_prepares_the_database_and_a_web_node_starts_with_the_compose_settings_on_the_application_login()
    {
        var root = ComposeFile.RepositoryRoot();
        var compose = ComposeFile.Load(root);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var schema = compose.Services["schema"].Environment;
        var database = $"{schema["INTERNSHIPS_DATABASE"]}_{suffix}";
        var owner = $"{schema["OWNER_ROLE"]}_{suffix}";
        var login = $"{schema["APP_LOGIN"]}_{suffix}";
        var variables = new Dictionary<string, string>
        {
            ["APP_DB_PASSWORD"] = "app-password",
            ["ADMIN_EMAIL"] = InternshipsApiFactory.AdminEmail,
            ["ADMIN_PASSWORD"] = InternshipsApiFactory.AdminPassword,
            ["PUBLIC_HOST"] = "internships.district.example",
        };

        for (var run = 1; run <= 2; run++)
        {
            await PrepareDatabaseAsync(root, database, owner, login);
        }

        var path = InternshipsApiFactory.NewDatabasePath();
        var settings = WebNodeSettings(root, compose, variables, database, login);
        var logs = new CapturedLogs();
        await using (var host = new InternshipsApiFactory(path, environment: ComposeFile.DockerfileEnvironment(root)["ASPNETCORE_ENVIRONMENT"], settings: settings,
            testServices: services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            // Reached as the proxy reaches it: a Production node redirects plain HTTP (Transport:RequireHttps).
            host.ClientOptions.BaseAddress = new Uri("https://localhost/");
            var anonymous = ApiClient.Anonymous(host);
            await (await anonymous.GetAsync("/health/live")).ShouldHaveStatusAsync(HttpStatusCode.OK);
            var ready = await anonymous.GetAsync("/health/ready");
            await ready.ShouldHaveStatusAsync(HttpStatusCode.OK);
            Assert.That((await ready.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));

            var district = await District.CreateAsync(host);
            await district.Coordinator.PostJsonAsync("/api/schools", new { name = "Composed High", code = $"CMP-{District.Next()}", city = "Fresno" },
                HttpStatusCode.Created);

            var options = host.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            Assert.That(options.Provider, Is.EqualTo(DatabaseProvider.PostgreSql));
            Assert.That(options.MigrateOnStartup, Is.False);
            var connectedAs = await host.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT current_user AS \"Value\"").SingleAsync());
            Assert.That(connectedAs, Is.EqualTo(login), "the application's login, not the owner or the superuser");

            await district.Coordinator.GetJsonAsync("/api/postings?q=Jane+Doe");
            var requests = logs.Lines.Where(l => l.StartsWith("Information Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal)).ToList();
            Assert.That(requests, Has.Some.Contains("/api/postings").And.Some.Contains("/api/schools"), "one line per request");
            Assert.That(requests, Has.None.Contains("Jane").And.None.Contains("/health"), "no query string; probes not logged");
            Assert.That(host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName,
                Is.EqualTo(ConsoleFormatterNames.Json));
            Assert.That(host.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes, Is.True);
            Assert.That(host.Services.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions.HasFlag(ActivityTrackingOptions.TraceId),
                Is.True, "each line's scope carries the trace id");
        }

        await using (var asSuperuser = new NpgsqlConnection(Server.ConnectionString(database)))
        {
            await asSuperuser.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'", asSuperuser);
            Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(owner), "the tables belong to the owner, whom the login cannot act as");
        }

        await TestDatabase.DeleteAsync(path);
        await Server.DropDatabaseAsync(database);
    }

    /// <summary>The web node's environment from the compose file (variables filled in), pointed at this run's server, as configuration keys.</summary>
    private static Dictionary<string, string?> WebNodeSettings(string root, ComposeFile compose, Dictionary<string, string> variables, string database,
        string login)
    {
        var settings = new Dictionary<string, string?>();
        var environment = ComposeFile.DockerfileEnvironment(root).Concat(compose.Services["web"].Environment);
        foreach (var (key, value) in environment)
        {
            if (key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("OTEL_", StringComparison.Ordinal))
            {
                continue; // read by the framework from the process's environment, not configuration
            }

            settings[key.Replace("__", ":", StringComparison.Ordinal)] = ComposeFile.Interpolate(value, variables);
        }

        var connection = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Internships"]);
        Assert.That(connection.Host, Is.EqualTo("db"));
        connection.Host = "127.0.0.1";
        connection.Port = Server.Port;
        connection.Database = database;
        connection.Username = login;
        settings["ConnectionStrings:Internships"] = connection.ConnectionString;
        // appsettings.json logs each request at Information; the test hosts turn that down, this one logs as production does.
        settings["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging"] = "Information";
        // /keys is the container's volume: here, the test host's own folder (InternshipsApiFactory.KeysDirectory).
        settings.Remove("DataProtection:KeysPath");
        return settings;
    }

    private static async Task PrepareDatabaseAsync(string root, string database, string owner, string login)
    {
        var info = new ProcessStartInfo("sh", [Path.Combine(ComposeFile.DeployFolder(root), "postgres", "prepare-database.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["PATH"] = $"{Server.Bin}:{Environment.GetEnvironmentVariable("PATH")}";
        info.Environment["PGHOST"] = "127.0.0.1";
        info.Environment["PGPORT"] = Server.Port.ToString(CultureInfo.InvariantCulture);
        info.Environment["PGUSER"] = PostgresServer.Superuser;
        info.Environment["INTERNSHIPS_DATABASE"] = database;
        info.Environment["OWNER_ROLE"] = owner;
        info.Environment["OWNER_PASSWORD"] = "owner-password";
        info.Environment["APP_LOGIN"] = login;
        info.Environment["APP_PASSWORD"] = "app-password";
        info.Environment["SCRIPTS"] = Path.Combine(root, "database");
        using var job = Process.Start(info)!;
        var output = job.StandardOutput.ReadToEndAsync();
        var errors = job.StandardError.ReadToEndAsync();
        await job.WaitForExitAsync();
        Assert.That(job.ExitCode, Is.Zero, $"prepare-database.sh:\n{await output}{await errors}");
        Assert.That(await output, Does.Contain($"Database {database} is ready for {login}."));
    }
}
