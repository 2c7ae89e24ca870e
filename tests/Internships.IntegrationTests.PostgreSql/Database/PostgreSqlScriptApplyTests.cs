using System.Diagnostics;
using System.Net;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// What a DBA does, as the README says: apply database/internships.postgresql.sql with psql (again: it is idempotent),
/// grant the application's login its rights with database/internships.postgresql-login.sql, and run the application
/// with that login, which migrates nothing and cannot change the schema.
/// </summary>
public sealed class PostgreSqlScriptApplyTests
{
    private static PostgresServer Server => PostgresForTheRun.Server;

    [Test]
    public async Task The_script_applies_twice_and_the_application_runs_on_it_with_a_least_privileged_login()
    {
        var database = $"script_{Guid.NewGuid():N}";
        var login = $"app_{Guid.NewGuid():N}";
        await Server.CreateDatabaseAsync(database);
        await PsqlAsync(database, "-c", $"CREATE ROLE \"{login}\" LOGIN");
        await PsqlAsync(database, "-f", PostgreSqlScriptTests.ScriptPath);
        await PsqlAsync(database, "-f", PostgreSqlScriptTests.ScriptPath);
        await PsqlAsync(database, "-v", $"login={login}", "-f", Path.Combine(RepositoryRoot.Path, "database", "internships.postgresql-login.sql"));

        var connectionString = new NpgsqlConnectionStringBuilder(Server.ConnectionString(database)) { Username = login }.ConnectionString;
        var path = InternshipsApiFactory.NewDatabasePath();
        await using (var host = new InternshipsApiFactory(path, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Internships"] = connectionString,
            ["Database:MigrateOnStartup"] = "false",
        }))
        {
            var district = await District.CreateAsync(host);
            await district.Coordinator.PostJsonAsync("/api/schools", new { name = "Scripted High", code = $"SCR-{District.Next()}", city = "Fresno" },
                HttpStatusCode.Created);
        }

        await using var asApplication = new NpgsqlConnection(connectionString);
        await asApplication.OpenAsync();
        Assert.That(await ScalarAsync(asApplication, "SELECT count(*) FROM hangfire.schema"), Is.EqualTo(1L), "Hangfire installed its own schema");
        await using var model = new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connectionString).Options);
        var migrations = model.Database.GetMigrations().Count();
        Assert.That(await ScalarAsync(asApplication, "SELECT count(*) FROM \"__EFMigrationsHistory\""), Is.EqualTo((long)migrations),
            "the script's migrations, each recorded once although it ran twice");
        var refused = await Assert.CatchAsync<PostgresException>(() => ScalarAsync(asApplication, "CREATE TABLE public.intruder (id int)"));
        Assert.That(refused!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));
        refused = await Assert.CatchAsync<PostgresException>(() => ScalarAsync(asApplication, "DROP TABLE \"Schools\""));
        Assert.That(refused!.SqlState, Is.EqualTo(PostgresErrorCodes.InsufficientPrivilege));

        await TestDatabase.DeleteAsync(path);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task PsqlAsync(string database, params string[] arguments)
    {
        var info = new ProcessStartInfo(Path.Combine(Server.Bin, "psql"),
            new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-U", PostgresServer.Superuser, "-d", database }.Concat(arguments))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var psql = Process.Start(info)!;
        var output = psql.StandardOutput.ReadToEndAsync();
        var errors = psql.StandardError.ReadToEndAsync();
        await psql.WaitForExitAsync();
        Assert.That(psql.ExitCode, Is.Zero, $"psql {string.Join(' ', arguments)}:\n{await output}{await errors}");
    }
}
